// Package examples embeds the sources of the example compute guests, so that
// tools outside the source tree (`datatrade bench compute`) can build them.
// The guests themselves live in c/ (C for wasm32-wasi) and go/ (Go for
// GOOS=wasip1); go/analysis holds the same analyses as native Go code.
package examples

import "embed"

// C holds the C guests' sources as c/<name>.c.
//
//go:embed c/*.c
var C embed.FS

// GoRegressPackage is the import path of the Go regression guest.
const GoRegressPackage = "github.com/datatrade/datatrade/compute/examples/go/regress"
