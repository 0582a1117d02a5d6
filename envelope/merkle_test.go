package envelope

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/transparency-dev/merkle/rfc6962"

	"github.com/datatrade/datatrade"
)

// naiveRoot computes the RFC 6962 root by the recursive definition (MTH).
func naiveRoot(leaves [][32]byte) [32]byte {
	if len(leaves) == 1 {
		return leaves[0]
	}
	k := 1
	for k*2 < len(leaves) {
		k *= 2
	}
	l, r := naiveRoot(leaves[:k]), naiveRoot(leaves[k:])
	return sha256.Sum256(append(append([]byte{1}, l[:]...), r[:]...))
}

func TestCommitMatchesDefinition(t *testing.T) {
	ctx := context.Background()
	salt, _ := NewListingSalt(testRand(5))
	const cs = 64
	for _, n := range []int{0, 1, 64, 65, 64 * 3, 64*5 + 1, 64 * 8, 64*13 + 7} {
		data := testBytes(uint64(n), n)
		c, err := Commit(ctx, bytes.NewReader(data), salt, cs)
		if err != nil {
			t.Fatal(err)
		}
		var leaves [][32]byte
		for i := 0; i == 0 || i*cs < n; i++ {
			chunk := data[i*cs : min(n, (i+1)*cs)]
			s := salt.ChunkSalt(uint64(i))
			want := rfc6962.DefaultHasher.HashLeaf(append(s[:], chunk...))
			got := LeafHash(s, chunk)
			if !bytes.Equal(got[:], want) {
				t.Fatalf("leaf %d: got %x, want %x", i, got, want)
			}
			leaves = append(leaves, got)
		}
		if want := naiveRoot(leaves); c.Root != want {
			t.Errorf("%d bytes: root %x, want %x", n, c.Root, want)
		}
		if c.Size != uint64(n) || c.Leaves() != uint64(len(leaves)) {
			t.Errorf("%d bytes: size %d leaves %d, want %d and %d", n, c.Size, c.Leaves(), n, len(leaves))
		}
	}
}

func TestSaltHidesChunks(t *testing.T) {
	ctx := context.Background()
	data := testBytes(1, 300)
	a, _ := NewListingSalt(testRand(1))
	b, _ := NewListingSalt(testRand(2))
	ca, _ := Commit(ctx, bytes.NewReader(data), a, 64)
	cb, _ := Commit(ctx, bytes.NewReader(data), b, 64)
	if ca.Root == cb.Root {
		t.Error("same data under two listing salts gives the same root")
	}
	if a.ChunkSalt(0) == a.ChunkSalt(1) {
		t.Error("chunk salts repeat")
	}
}

func TestProveVerify(t *testing.T) {
	ctx := context.Background()
	salt, _ := NewListingSalt(testRand(7))
	const cs = 64
	for _, n := range []int{0, 10, 64, 64*7 + 3, 64 * 16, 64*33 + 1} {
		data := testBytes(uint64(n)+3, n)
		tree, err := BuildTree(ctx, bytes.NewReader(data), salt, cs)
		if err != nil {
			t.Fatal(err)
		}
		c := tree.Commitment()
		if c2, _ := Commit(ctx, bytes.NewReader(data), salt, cs); c2 != c {
			t.Fatalf("BuildTree and Commit disagree: %+v vs %+v", c, c2)
		}
		chunkOf := func(i uint64) []byte { return data[min(n, int(i)*cs):min(n, int(i+1)*cs)] }
		for i := range c.Leaves() {
			p, err := tree.Prove(i)
			if err != nil {
				t.Fatal(err)
			}
			// Round-trip both encodings before verifying.
			bin, _ := p.MarshalBinary()
			var pb Proof
			if err := pb.UnmarshalBinary(bin); err != nil {
				t.Fatal(err)
			}
			js, _ := json.Marshal(p)
			var pj Proof
			if err := json.Unmarshal(js, &pj); err != nil {
				t.Fatal(err)
			}
			for _, q := range []Proof{p, pb, pj} {
				if err := c.Verify(q, chunkOf(i)); err != nil {
					t.Fatalf("%d bytes, chunk %d: %v", n, i, err)
				}
			}
		}
		if _, err := tree.Prove(c.Leaves()); datatrade.ErrorCode(err) != datatrade.EINVALID {
			t.Errorf("prove out of range: got %v, want EINVALID", err)
		}
	}
}

func TestVerifyBad(t *testing.T) {
	ctx := context.Background()
	salt, _ := NewListingSalt(testRand(7))
	const cs = 64
	data := testBytes(4, 64*9+5)
	tree, err := BuildTree(ctx, bytes.NewReader(data), salt, cs)
	if err != nil {
		t.Fatal(err)
	}
	c := tree.Commitment()
	chunk := func(i int) []byte { return data[i*cs : min(len(data), (i+1)*cs)] }
	p3, _ := tree.Prove(3)
	p5, _ := tree.Prove(5)
	p9, _ := tree.Prove(9)
	otherSalt, _ := NewListingSalt(testRand(8))
	other, _ := BuildTree(ctx, bytes.NewReader(data), otherSalt, cs)
	po, _ := other.Prove(3)
	flipped := bytes.Clone(chunk(3))
	flipped[0] ^= 1
	withIndex := func(p Proof, i uint64) Proof { p.Index = i; return p }
	withSalt := func(p Proof, s [32]byte) Proof { p.Salt = s; return p }
	cut := func(p Proof) Proof { p.Path = p.Path[:len(p.Path)-1]; return p }
	wrongRoot := c
	wrongRoot.Root[0] ^= 1
	wrongSize := c
	wrongSize.Size += 64

	for _, tc := range []struct {
		name  string
		c     Commitment
		p     Proof
		chunk []byte
		code  string
	}{
		{"proof for the wrong index", c, p3, chunk(5), datatrade.EINTEGRITY},
		{"index field changed", c, withIndex(p3, 5), chunk(5), datatrade.EINTEGRITY},
		{"tampered chunk", c, p3, flipped, datatrade.EINTEGRITY},
		{"wrong salt", c, withSalt(p3, p5.Salt), chunk(3), datatrade.EINTEGRITY},
		{"proof from another listing salt", c, po, chunk(3), datatrade.EINTEGRITY},
		{"path cut short", c, cut(p3), chunk(3), datatrade.EINTEGRITY},
		{"wrong root", wrongRoot, p3, chunk(3), datatrade.EINTEGRITY},
		{"wrong size", wrongSize, p9, chunk(9), datatrade.EINTEGRITY},
		{"short last chunk padded", c, p9, append(bytes.Clone(chunk(9)), 0), datatrade.EINTEGRITY},
		{"index out of range", c, withIndex(p3, 10), chunk(3), datatrade.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.c.Verify(tc.p, tc.chunk); datatrade.ErrorCode(err) != tc.code {
				t.Errorf("got %v, want code %s", err, tc.code)
			}
		})
	}
}

func TestCommitmentJSON(t *testing.T) {
	c := Commitment{Root: [32]byte{1, 2, 3}, Size: 1000, ChunkSize: 64}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var back Commitment
	if err := json.Unmarshal(b, &back); err != nil || back != c {
		t.Fatalf("round trip: got %+v, %v; want %+v", back, err, c)
	}
	for _, bad := range []string{`{}`, `{"root":"zz","size":1,"chunkSize":64}`, fmt.Sprintf(`{"root":"%064x","size":1,"chunkSize":1}`, 1)} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("%s: accepted", bad)
		}
	}
}

func FuzzProofDecode(f *testing.F) {
	salt, _ := NewListingSalt(testRand(7))
	data := testBytes(4, 64*9+5)
	tree, _ := BuildTree(context.Background(), bytes.NewReader(data), salt, 64)
	p, _ := tree.Prove(3)
	bin, _ := p.MarshalBinary()
	js, _ := json.Marshal(p)
	f.Add(bin)
	f.Add(js)
	c := tree.Commitment()
	f.Fuzz(func(t *testing.T, b []byte) {
		var q Proof
		if err := q.UnmarshalBinary(b); err == nil {
			again, _ := q.MarshalBinary()
			if !bytes.Equal(again, b) {
				t.Fatal("binary proof does not round-trip")
			}
			if c.Verify(q, data[:64]) == nil && q.Index != 0 {
				t.Fatalf("chunk 0 verified as chunk %d", q.Index)
			}
		}
		var j Proof
		if err := json.Unmarshal(b, &j); err == nil {
			_ = c.Verify(j, data[:64])
		}
		var cj Commitment
		if err := json.Unmarshal(b, &cj); err == nil {
			_ = cj.Verify(p, data[192:256])
			_ = cj.Leaves()
		}
	})
}

func BenchmarkCommit(b *testing.B) {
	data := testBytes(1, 64<<20)
	salt, _ := NewListingSalt(testRand(1))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Commit(context.Background(), bytes.NewReader(data), salt, DefaultChunkSize); err != nil {
			b.Fatal(err)
		}
	}
}
