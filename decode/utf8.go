package decode

import "github.com/dagang/dagang/internal/scan"

// validText is utf8.Valid (package scan: with AVX2 where there is).
func validText(p []byte) bool { return scan.Valid(p) }

// validSWAR is the check without AVX2, for the tests.
func validSWAR(p []byte) bool { return scan.ValidSWAR(p) }
