package unixfs_test

import (
	"bytes"
	"testing"

	"github.com/ipfs/go-cid"

	"github.com/datatrade/datatrade/store/unixfs"
)

// TestSum checks Sum against IPFS itself (the empty file's well-known CID
// from `ipfs add`), against a builder fed in pieces, and that it refuses
// settings IPFS cannot name.
func TestSum(t *testing.T) {
	empty, err := unixfs.Sum(nil, unixfs.DefaultParams)
	if err != nil {
		t.Fatal(err)
	}
	want, err := cid.Decode("QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH") // `ipfs add` of an empty file
	if err != nil {
		t.Fatal(err)
	}
	if !empty.Equals(unixfs.Name(want)) {
		t.Errorf("empty file: %s, want %s", empty, unixfs.Name(want))
	}

	data := bytes.Repeat([]byte("datatrade "), 100_000) // 1 MB: four leaves and a root
	whole, err := unixfs.Sum(data, unixfs.DefaultParams)
	if err != nil {
		t.Fatal(err)
	}
	b := unixfs.NewBuilder(unixfs.DefaultParams, nil)
	for rest := data; len(rest) > 0; rest = rest[min(len(rest), 7777):] {
		b.Write(rest[:min(len(rest), 7777)])
	}
	root, size, err := b.Sum()
	if err != nil || size != uint64(len(data)) || !unixfs.Name(root).Equals(whole) {
		t.Errorf("in pieces: %s, %d bytes (%v); want %s, %d bytes", unixfs.Name(root), size, err, whole, len(data))
	}
	if other, _ := unixfs.Sum(append(data, '!'), unixfs.DefaultParams); other.Equals(whole) {
		t.Error("one more byte gave the same CID")
	}
	if _, err := unixfs.Sum(data, unixfs.Params{ChunkSize: 1024, MaxLinks: 174, RawLeaves: true, CIDVersion: 0}); err == nil {
		t.Error("raw leaves under CID version 0 accepted")
	}
}
