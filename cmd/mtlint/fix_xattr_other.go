//go:build !linux

package main

import "os"

// copyXattrs is not done on this system.
func copyXattrs(string, *os.File) error { return nil }

// createTemp makes the replacement file in dir.
func createTemp(dir, base string) (*os.File, func() (string, error), error) {
	return createNamedTemp(dir, base)
}
