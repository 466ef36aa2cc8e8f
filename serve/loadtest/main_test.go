package main

import (
	"strings"
	"testing"
	"time"
)

func TestRunAnswersEveryRequest(t *testing.T) {
	for _, endpoint := range []string{"parse", "check", "outline", "fix"} {
		if err := run(2, 200*time.Millisecond, 5_000, 2, endpoint, "", "../.."); err != nil {
			t.Errorf("%s: %v", endpoint, err)
		}
	}
}

func TestRunFailsOnErrors(t *testing.T) {
	err := run(1, 100*time.Millisecond, 5_000, 1, "nope", "", "../..")
	if err == nil || !strings.Contains(err.Error(), "status 404") {
		t.Errorf("an endpoint that does not exist: %v", err)
	}
}

func TestRunLoadsLoopbackOnly(t *testing.T) {
	if err := run(1, time.Millisecond, 5_000, 1, "parse", "http://192.0.2.1:7878", "../.."); err == nil {
		t.Error("a server off this machine was accepted")
	}
}
