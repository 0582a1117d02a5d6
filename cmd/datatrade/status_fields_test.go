package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestPrintFieldsShortensBlobs(t *testing.T) {
	long := strings.Repeat("k", 500)
	var buf bytes.Buffer
	printFields(&buf, struct {
		ID  int    `json:"id"`
		Key string `json:"buyerPubKey"`
	}{7, long})
	out := buf.String()
	for _, tc := range []struct {
		want string
		ok   bool
	}{
		{"id           7\n", true},
		{"(502 chars; --json for all)", true},
		{long, false},
	} {
		if strings.Contains(out, tc.want) != tc.ok {
			t.Errorf("output %q: contains %.40q = %v, want %v", out, tc.want, !tc.ok, tc.ok)
		}
	}
}
