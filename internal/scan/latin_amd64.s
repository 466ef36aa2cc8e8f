//go:build amd64 && !purego

#include "textflag.h"
#include "scan_amd64.h"

// The bytes the kernel compares with, each repeated over 32 bytes.
REP32(c20, 0x20)
REP32(c61, 0x61)
REP32(c19, 0x19)
REP32(c30, 0x30)
REP32(c09, 0x09)
REP32(c40, 0x40)
REP32(cE3, 0xE3)
REP32(c80, 0x80)
REP32(c90, 0x90)

// func indexLatinAVX2(p *byte, n int, digits int) int
//
// Looks at the 32-byte blocks of p[0:n] that start at k = 0, 32, 64, …
// while k+34 <= n for an ASCII letter, an @, 【 (E3 80 90), and, when
// digits is not 0, an ASCII digit. It returns the index of the first, or
// ^k for the k where it stopped looking.
TEXT ·indexLatinAVX2(SB), NOSPLIT, $0-32
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ digits+16(FP), R8
	SUBQ $34, CX
	XORQ DX, DX
	VMOVDQU c20<>(SB), Y4
	VMOVDQU c61<>(SB), Y5
	VMOVDQU c19<>(SB), Y6
	VMOVDQU c30<>(SB), Y7
	VMOVDQU c09<>(SB), Y8
	VMOVDQU c40<>(SB), Y9
	VMOVDQU cE3<>(SB), Y10
	VMOVDQU c80<>(SB), Y11
	VMOVDQU c90<>(SB), Y12

nloop:
	CMPQ DX, CX
	JGT  nstop
	VMOVDQU (SI)(DX*1), Y1

	// A block of bytes of 0x80 and above, the bytes of three-byte
	// characters, holds no ASCII: only 【 can be there.
	VPMOVMSKB Y1, AX
	NOTL      AX
	TESTL     AX, AX
	JZ        nbracket

	// A Latin letter: (b | 0x20) - 'a' is at most 25.
	VPOR     Y4, Y1, Y0
	VPSUBB   Y5, Y0, Y0
	VPMINUB  Y6, Y0, Y15
	VPCMPEQB Y15, Y0, Y0
	// An @.
	VPCMPEQB Y9, Y1, Y15
	VPOR     Y15, Y0, Y0
	// A digit, when digits count: b - '0' is at most 9.
	TESTQ    R8, R8
	JZ       nascii
	VPSUBB   Y7, Y1, Y14
	VPMINUB  Y8, Y14, Y15
	VPCMPEQB Y15, Y14, Y14
	VPOR     Y14, Y0, Y0

nascii:
	VPMOVMSKB Y0, AX
	TESTL     AX, AX
	JNZ       nfound

nbracket:
	// 【: E3 80 90.
	VMOVDQU  1(SI)(DX*1), Y2
	VMOVDQU  2(SI)(DX*1), Y3
	MATCH3(Y10, Y11, Y12, Y0)
	VPMOVMSKB Y0, AX
	TESTL     AX, AX
	JNZ       nfound
	ADDQ      $32, DX
	JMP       nloop

nfound:
	BSFL AX, AX
	ADDQ DX, AX
	MOVQ AX, ret+24(FP)
	VZEROUPPER
	RET

nstop:
	NOTQ DX
	MOVQ DX, ret+24(FP)
	VZEROUPPER
	RET
