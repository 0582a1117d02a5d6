package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/ipld/merkledag"
	mdtest "github.com/ipfs/boxo/ipld/merkledag/test"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	"github.com/ipfs/go-cid"
)

// testBytes returns n deterministic pseudo-random bytes.
func testBytes(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, 7))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// ourDAG imports data with our builder and returns the root and all blocks.
func ourDAG(t *testing.T, p Params, data []byte) (cid.Cid, []Block) {
	t.Helper()
	var blocks []Block
	b := newDAGBuilder(p, func(bl Block) error {
		blocks = append(blocks, Block{CID: bl.CID, Data: bytes.Clone(bl.Data)})
		return nil
	})
	// Feed in odd-sized pieces to exercise chunk boundaries.
	for rest := data; len(rest) > 0; {
		n := min(len(rest), 1+len(rest)%7919)
		if _, err := b.Write(rest[:n]); err != nil {
			t.Fatal(err)
		}
		rest = rest[n:]
	}
	root, size, err := b.Sum()
	if err != nil {
		t.Fatal(err)
	}
	if size != uint64(len(data)) {
		t.Fatalf("size: got %d, want %d", size, len(data))
	}
	// Without an emit function leaves are hashed in pieces: same root.
	plain := newDAGBuilder(p, nil)
	plain.Write(data)
	if r2, _, err := plain.Sum(); err != nil || !r2.Equals(root) {
		t.Fatalf("root without emit: got %s, %v; want %s", r2, err, root)
	}
	return root, blocks
}

// TestDAGMatchesBoxo checks root CIDs and every block byte for byte against
// boxo's UnixFS importer, an independent implementation of IPFS import.
func TestDAGMatchesBoxo(t *testing.T) {
	ctx := context.Background()
	small := func(raw bool, v int) Params { return Params{ChunkSize: 16, MaxLinks: 3, RawLeaves: raw, CIDVersion: v} }
	type tc struct {
		p    Params
		size int
	}
	var cases []tc
	for _, p := range []Params{small(false, 1), small(true, 1), small(false, 0)} {
		for _, n := range []int{0, 1, 15, 16, 17, 47, 48, 49, 143, 144, 145, 16 * 27, 16*27 + 1, 16*81 + 33} {
			cases = append(cases, tc{p, n})
		}
	}
	for _, p := range []Params{DefaultParams, {ChunkSize: 262144, MaxLinks: 174, RawLeaves: true, CIDVersion: 1}, {ChunkSize: 262144, MaxLinks: 174, CIDVersion: 1}} {
		for _, n := range []int{0, 6, 262144, 262145, 3*262144 + 5} {
			cases = append(cases, tc{p, n})
		}
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s/%d", c.p, c.size), func(t *testing.T) {
			data := testBytes(uint64(c.size), c.size)
			ds := mdtest.Mock()
			prefix, err := merkledag.PrefixForCidVersion(c.p.CIDVersion)
			if err != nil {
				t.Fatal(err)
			}
			dbp := helpers.DagBuilderParams{Dagserv: ds, Maxlinks: c.p.MaxLinks, RawLeaves: c.p.RawLeaves, CidBuilder: prefix}
			db, err := dbp.New(chunker.NewSizeSplitter(bytes.NewReader(data), int64(c.p.ChunkSize)))
			if err != nil {
				t.Fatal(err)
			}
			nd, err := balanced.Layout(db)
			if err != nil {
				t.Fatal(err)
			}
			root, blocks := ourDAG(t, c.p, data)
			if !root.Equals(nd.Cid()) {
				t.Fatalf("root: got %s, want %s (boxo)", root, nd.Cid())
			}
			for _, bl := range blocks {
				want, err := ds.Get(ctx, bl.CID)
				if err != nil {
					t.Fatalf("block %s not in boxo's DAG: %v", bl.CID, err)
				}
				if !bytes.Equal(bl.Data, want.RawData()) {
					t.Fatalf("block %s: bytes differ from boxo's", bl.CID)
				}
			}
		})
	}
}

// TestDAGMatchesIPFSCid checks the pinned default settings against Debian's
// ipfs-cid package (command ipfs_cid), which computes what `ipfs add` does
// with its default settings, in both CID versions.
func TestDAGMatchesIPFSCid(t *testing.T) {
	bin, err := exec.LookPath("ipfs_cid")
	if err != nil {
		t.Skip("ipfs_cid not installed: apt-get install ipfs-cid (.ci/run installs it)")
	}
	dir := t.TempDir()
	for _, n := range []int{0, 6, 1000, 262144, 262145, 174 * 262144, 174*262144 + 1} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			data := testBytes(uint64(n)+1, n)
			path := filepath.Join(dir, fmt.Sprintf("f%d", n))
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(bin, path).Output()
			if err != nil {
				t.Fatalf("ipfs_cid: %v", err)
			}
			var got struct{ CIDv0, CIDv1 string }
			// ipfs_cid prints diagnostics around one JSON object.
			start, end := bytes.IndexByte(out, '{'), bytes.LastIndexByte(out, '}')
			if start < 0 || end < start {
				t.Fatalf("ipfs_cid printed no JSON: %q", out)
			}
			if err := json.Unmarshal(out[start:end+1], &got); err != nil {
				t.Fatalf("ipfs_cid output %q: %v", out, err)
			}
			v0, _ := ourDAG(t, DefaultParams, data)
			v1 := Name(v0)
			if v1.String() != got.CIDv1 {
				t.Errorf("CIDv1: got %s, want %s (ipfs_cid)", v1, got.CIDv1)
			}
			if v0.String() != got.CIDv0 {
				t.Errorf("CIDv0: got %s, want %s (ipfs_cid)", v0, got.CIDv0)
			}
		})
	}
}

func TestParamsValidate(t *testing.T) {
	for _, tc := range []struct {
		p  Params
		ok bool
	}{
		{DefaultParams, true},
		{Params{ChunkSize: 0, MaxLinks: 174, CIDVersion: 1}, false},
		{Params{ChunkSize: 4 << 20, MaxLinks: 174, CIDVersion: 1}, false},
		{Params{ChunkSize: 1024, MaxLinks: 1, CIDVersion: 1}, false},
		{Params{ChunkSize: 1024, MaxLinks: 174, CIDVersion: 2}, false},
		{Params{ChunkSize: 1024, MaxLinks: 174, CIDVersion: 0, RawLeaves: true}, false},
		{Params{ChunkSize: 1024, MaxLinks: 174, CIDVersion: 0}, true},
	} {
		if err := tc.p.Validate(); (err == nil) != tc.ok {
			t.Errorf("%v.Validate() = %v, want ok=%t", tc.p, err, tc.ok)
		}
	}
}
