// The macros of the kernels of package scan.

// REP32 defines name as 32 bytes of the byte b, for VPCMPEQB against a
// block of 32 bytes.
#define REP32(name, b) \
	DATA name<>+0(SB)/8, $(b*0x0101010101010101); \
	DATA name<>+8(SB)/8, $(b*0x0101010101010101); \
	DATA name<>+16(SB)/8, $(b*0x0101010101010101); \
	DATA name<>+24(SB)/8, $(b*0x0101010101010101); \
	GLOBL name<>(SB), RODATA|NOPTR, $32

// MATCH3 sets dst to the mask of the bytes of Y1 that start the
// three-byte character a b c (Y1, Y2 and Y3 hold the block at offsets 0, 1
// and 2), with Y15 for scratch.
#define MATCH3(a, b, c, dst) \
	VPCMPEQB Y1, a, dst; \
	VPCMPEQB Y2, b, Y15; \
	VPAND    Y15, dst, dst; \
	VPCMPEQB Y3, c, Y15; \
	VPAND    Y15, dst, dst
