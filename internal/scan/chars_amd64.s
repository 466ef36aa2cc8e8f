//go:build amd64 && !purego

#include "textflag.h"
#include "scan_amd64.h"

// The bytes of the characters of the Chars kernels, each repeated over 32
// bytes: the first, second and third bytes of 。 (E3 80 82) and of the
// full-width marks ， ！ ？ ； ： (EF BC, then 8C 81 9F 9B 9A), the ASCII
// marks ! , : ; ?, and the bytes of 方 (E6 96 B9), 部 (E9 83 A8), 点 (E7 82
// B9) and 条 (E6 9D A1).
REP32(cE3, 0xE3)
REP32(c80, 0x80)
REP32(c82, 0x82)
REP32(cEF, 0xEF)
REP32(cBC, 0xBC)
REP32(c8C, 0x8C)
REP32(c81, 0x81)
REP32(c9F, 0x9F)
REP32(c9B, 0x9B)
REP32(c9A, 0x9A)
REP32(c21, 0x21)
REP32(c2C, 0x2C)
REP32(c3A, 0x3A)
REP32(c3B, 0x3B)
REP32(c3F, 0x3F)
REP32(cE6, 0xE6)
REP32(cE9, 0xE9)
REP32(cE7, 0xE7)
REP32(c96, 0x96)
REP32(c83, 0x83)
REP32(c9D, 0x9D)
REP32(cB9, 0xB9)
REP32(cA8, 0xA8)
REP32(cA1, 0xA1)

// func clauseBitsAVX2(p *byte, n int, bits *uint32) int
//
// For each 32-byte block of p[0:n] that starts at k = 0, 32, 64, … while
// k+34 <= n (so that the two bytes after any byte of a block can be read),
// it sets bits[k/32] to the mask of the block's bytes that start a clause
// mark (bit j for byte k+j). It returns the k where it stopped.
TEXT ·clauseBitsAVX2(SB), NOSPLIT, $0-32
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ bits+16(FP), DI
	SUBQ $34, CX
	XORQ DX, DX
	VMOVDQU cE3<>(SB), Y4
	VMOVDQU c80<>(SB), Y5
	VMOVDQU c82<>(SB), Y6
	VMOVDQU cEF<>(SB), Y7
	VMOVDQU cBC<>(SB), Y8
	VMOVDQU c8C<>(SB), Y9
	VMOVDQU c81<>(SB), Y10
	VMOVDQU c9F<>(SB), Y11
	VMOVDQU c9B<>(SB), Y12
	VMOVDQU c9A<>(SB), Y13

loop:
	CMPQ DX, CX
	JGT  stop
	VMOVDQU (SI)(DX*1), Y1
	VMOVDQU 1(SI)(DX*1), Y2
	VMOVDQU 2(SI)(DX*1), Y3

	// 。: E3 80 82.
	MATCH3(Y4, Y5, Y6, Y0)

	// The full-width marks: EF BC, then one of 8C 81 9F 9B 9A.
	VPCMPEQB Y3, Y9, Y14
	VPCMPEQB Y3, Y10, Y15
	VPOR     Y15, Y14, Y14
	VPCMPEQB Y3, Y11, Y15
	VPOR     Y15, Y14, Y14
	VPCMPEQB Y3, Y12, Y15
	VPOR     Y15, Y14, Y14
	VPCMPEQB Y3, Y13, Y15
	VPOR     Y15, Y14, Y14
	VPCMPEQB Y2, Y8, Y15
	VPAND    Y15, Y14, Y14
	VPCMPEQB Y1, Y7, Y15
	VPAND    Y15, Y14, Y14
	VPOR     Y14, Y0, Y0
	VPMOVMSKB Y0, AX

	// The ASCII marks, looked for only in a block with ASCII bytes.
	VPMOVMSKB Y1, BX
	NOTL      BX
	TESTL     BX, BX
	JZ        store
	VPCMPEQB  c21<>(SB), Y1, Y14
	VPCMPEQB  c2C<>(SB), Y1, Y15
	VPOR      Y15, Y14, Y14
	VPCMPEQB  c3A<>(SB), Y1, Y15
	VPOR      Y15, Y14, Y14
	VPCMPEQB  c3B<>(SB), Y1, Y15
	VPOR      Y15, Y14, Y14
	VPCMPEQB  c3F<>(SB), Y1, Y15
	VPOR      Y15, Y14, Y14
	VPMOVMSKB Y14, BX
	ORL       BX, AX

store:
	MOVL AX, (DI)
	ADDQ $4, DI
	ADDQ $32, DX
	JMP  loop

stop:
	MOVQ DX, ret+24(FP)
	VZEROUPPER
	RET

// func unitBitsAVX2(p *byte, n int, bits *uint32) int
//
// clauseBitsAVX2 for the units of an announced count: 方 (E6 96 B9),
// 部 (E9 83 A8), 点 (E7 82 B9) and 条 (E6 9D A1).
TEXT ·unitBitsAVX2(SB), NOSPLIT, $0-32
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ bits+16(FP), DI
	SUBQ $34, CX
	XORQ DX, DX
	VMOVDQU cE6<>(SB), Y4
	VMOVDQU cE9<>(SB), Y5
	VMOVDQU cE7<>(SB), Y6
	VMOVDQU c96<>(SB), Y7
	VMOVDQU c83<>(SB), Y8
	VMOVDQU c82<>(SB), Y9
	VMOVDQU c9D<>(SB), Y10
	VMOVDQU cB9<>(SB), Y11
	VMOVDQU cA8<>(SB), Y12
	VMOVDQU cA1<>(SB), Y13

uloop:
	CMPQ DX, CX
	JGT  ustop
	VMOVDQU (SI)(DX*1), Y1
	VMOVDQU 1(SI)(DX*1), Y2
	VMOVDQU 2(SI)(DX*1), Y3

	// 方: E6 96 B9.
	MATCH3(Y4, Y7, Y11, Y0)

	// 条: E6 9D A1.
	MATCH3(Y4, Y10, Y13, Y14)
	VPOR     Y14, Y0, Y0

	// 部: E9 83 A8.
	MATCH3(Y5, Y8, Y12, Y14)
	VPOR     Y14, Y0, Y0

	// 点: E7 82 B9.
	MATCH3(Y6, Y9, Y11, Y14)
	VPOR     Y14, Y0, Y0

	VPMOVMSKB Y0, AX
	MOVL      AX, (DI)
	ADDQ      $4, DI
	ADDQ      $32, DX
	JMP       uloop

ustop:
	MOVQ DX, ret+24(FP)
	VZEROUPPER
	RET
