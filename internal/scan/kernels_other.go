//go:build !amd64 || purego

package scan

// Without the kernels of package scan, every device takes its portable
// path.
const hasAVX2 = false

func stringData(s string) *byte { panic("scan: no kernel") }

func kernelFor(*Chars) kernel { return noKernel }

func runKernel(kernel, *byte, int, *uint32) int { panic("scan: no kernel") }

func hasLatinAVX2(s string, digits bool) bool { return hasLatinSWAR(s, digits) }
