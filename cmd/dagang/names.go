package main

import "github.com/dagang/dagang/report"

// quoteName is a file name as a line for a person shows it (report.Name).
func quoteName(name string) string { return report.Name(name) }
