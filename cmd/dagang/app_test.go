package main

import (
	"io"
	"os"
	"strings"
	"testing"

	"github.com/dagang/dagang/internal/i18n"
)

// TestMain runs the tests in the C locale, so that messages are English
// unless a test asks for Chinese (--lang zh, or an environment of its
// own through runEnv).
func TestMain(m *testing.M) {
	if os.Getenv("DAGANG_TEST_RUN_MAIN") == "1" {
		// The test binary standing in for dagang, for the tests that
		// need a process of its own (to kill it).
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Setenv("LC_ALL", "C")
	os.Exit(m.Run())
}

// english is the printer of the tests' messages.
var english = i18n.New(i18n.English)

// testApp is a run of the command line with nothing on its streams.
func testApp() *app {
	return &app{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, p: english}
}

// testBatch is a batch run of testApp with the default options.
func testBatch() batchRun {
	return batchRun{a: testApp(), stderr: io.Discard}
}
