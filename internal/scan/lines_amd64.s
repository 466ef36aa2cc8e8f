//go:build amd64 && !purego

#include "textflag.h"
#include "scan_amd64.h"

// The line feed and the # sign, each repeated over 32 bytes.
REP32(c0A, 0x0A)
REP32(c23, 0x23)

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
