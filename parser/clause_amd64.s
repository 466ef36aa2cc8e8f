//go:build amd64 && !purego

#include "textflag.h"

// The bytes of the clause marks, each repeated over 32 bytes: the first,
// second and third bytes of 。 (E3 80 82) and of the full-width marks
// ， ！ ？ ； ： (EF BC, then 8C 81 9F 9B 9A), and the ASCII marks ! , : ; ?.
#define REP32(name, b) \
	DATA name<>+0(SB)/8, $(b*0x0101010101010101); \
	DATA name<>+8(SB)/8, $(b*0x0101010101010101); \
	DATA name<>+16(SB)/8, $(b*0x0101010101010101); \
	DATA name<>+24(SB)/8, $(b*0x0101010101010101); \
	GLOBL name<>(SB), RODATA|NOPTR, $32

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
REP32(c20, 0x20)
REP32(c61, 0x61)
REP32(c19, 0x19)
REP32(c30, 0x30)
REP32(c09, 0x09)
REP32(c40, 0x40)
REP32(c90, 0x90)
REP32(c0A, 0x0A)
REP32(c23, 0x23)

// MATCH3 sets dst to the mask of the bytes of Y1 that start the
// three-byte character a b c (Y1, Y2 and Y3 hold the block at offsets 0, 1
// and 2), with Y15 for scratch.
#define MATCH3(a, b, c, dst) \
	VPCMPEQB Y1, a, dst; \
	VPCMPEQB Y2, b, Y15; \
	VPAND    Y15, dst, dst; \
	VPCMPEQB Y3, c, Y15; \
	VPAND    Y15, dst, dst

// func clauseMarkBitsAVX2(p *byte, n int, bits *uint32) int
//
// For each 32-byte block of p[0:n] that starts at k = 0, 32, 64, … while
// k+34 <= n (so that the two bytes after any byte of a block can be read),
// it sets bits[k/32] to the mask of the block's bytes that start a clause
// mark (bit j for byte k+j). It returns the k where it stopped.
TEXT ·clauseMarkBitsAVX2(SB), NOSPLIT, $0-32
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
// clauseMarkBitsAVX2 for the units of an announced count: 方 (E6 96 B9),
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

// func noiseMarkAVX2(p *byte, n int, digits int) int
//
// Looks at the 32-byte blocks of p[0:n] as clauseMarkBitsAVX2 does for a
// mark of boilerplate: a Latin letter, an @, 【 (E3 80 90), and, when
// digits is not 0, a digit. It returns the index of the first, or ^k for
// the k where it stopped looking.
TEXT ·noiseMarkAVX2(SB), NOSPLIT, $0-32
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

// func lineBitsAVX2(p *byte, n int, nl, hash *uint32) int
//
// For each 32-byte block of p[0:n] that starts at k = 0, 32, 64, … while
// k+32 <= n, sets nl[k/32] to the mask of its line feeds and hash[k/32]
// to that of its # signs. It returns the k where it stopped.
TEXT ·lineBitsAVX2(SB), NOSPLIT, $0-40
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ nl+16(FP), DI
	MOVQ hash+24(FP), R8
	SUBQ $32, CX
	XORQ DX, DX
	VMOVDQU c0A<>(SB), Y4
	VMOVDQU c23<>(SB), Y5

lloop:
	CMPQ DX, CX
	JGT  lstop
	VMOVDQU   (SI)(DX*1), Y1
	VPCMPEQB  Y1, Y4, Y0
	VPMOVMSKB Y0, AX
	MOVL      AX, (DI)
	VPCMPEQB  Y1, Y5, Y0
	VPMOVMSKB Y0, AX
	MOVL      AX, (R8)
	ADDQ      $4, DI
	ADDQ      $4, R8
	ADDQ      $32, DX
	JMP       lloop

lstop:
	MOVQ DX, ret+32(FP)
	VZEROUPPER
	RET
