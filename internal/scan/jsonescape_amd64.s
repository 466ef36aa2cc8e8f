//go:build amd64 && !purego

#include "textflag.h"

#define REP32(name, b) \
	DATA name<>+0(SB)/8, $(b*0x0101010101010101); \
	DATA name<>+8(SB)/8, $(b*0x0101010101010101); \
	DATA name<>+16(SB)/8, $(b*0x0101010101010101); \
	DATA name<>+24(SB)/8, $(b*0x0101010101010101); \
	GLOBL name<>(SB), RODATA|NOPTR, $32

REP32(q22, 0x22)
REP32(q5C, 0x5C)
REP32(q1F, 0x1F)
REP32(qE2, 0xE2)
REP32(q80, 0x80)
REP32(qFE, 0xFE)
REP32(qA8, 0xA8)

// func jsonEscapeAVX2(p *byte, n int) int
//
// Looks at the 32-byte blocks of p[0:n] that start at k = 0, 32, 64, …
// while k+34 <= n for the first byte that a JSON string cannot hold as it
// is: a quote, a backslash, a control character, or the start of U+2028 or
// U+2029 (E2 80 A8, E2 80 A9). It returns its index, or ^k for the k where
// it stopped looking.
TEXT ·jsonEscapeAVX2(SB), NOSPLIT, $0-24
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	SUBQ $34, CX
	XORQ DX, DX
	VMOVDQU q22<>(SB), Y4
	VMOVDQU q5C<>(SB), Y5
	VMOVDQU q1F<>(SB), Y6
	VMOVDQU qE2<>(SB), Y7
	VMOVDQU q80<>(SB), Y8
	VMOVDQU qFE<>(SB), Y9
	VMOVDQU qA8<>(SB), Y10

loop:
	CMPQ DX, CX
	JGT  stop
	VMOVDQU (SI)(DX*1), Y1

	VPCMPEQB Y1, Y4, Y0
	VPCMPEQB Y1, Y5, Y15
	VPOR     Y15, Y0, Y0
	VPMINUB  Y6, Y1, Y15
	VPCMPEQB Y15, Y1, Y15
	VPOR     Y15, Y0, Y0

	// E2 80, then A8 or A9.
	VMOVDQU  1(SI)(DX*1), Y2
	VMOVDQU  2(SI)(DX*1), Y3
	VPCMPEQB Y1, Y7, Y14
	VPCMPEQB Y2, Y8, Y15
	VPAND    Y15, Y14, Y14
	VPAND    Y9, Y3, Y15
	VPCMPEQB Y15, Y10, Y15
	VPAND    Y15, Y14, Y14
	VPOR     Y14, Y0, Y0

	VPMOVMSKB Y0, AX
	TESTL     AX, AX
	JNZ       found
	ADDQ      $32, DX
	JMP       loop

found:
	BSFL AX, AX
	ADDQ DX, AX
	MOVQ AX, ret+16(FP)
	VZEROUPPER
	RET

stop:
	NOTQ DX
	MOVQ DX, ret+16(FP)
	VZEROUPPER
	RET
