package job_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/compute/examples/go/analysis"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/compute/sandbox"
	"github.com/datatrade/datatrade/enclave"
)

func native(t testing.TB, fn func(io.Reader, io.Writer) error, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := fn(bytes.NewReader(data), &b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestJobsMatchNative runs the example analyses as jobs on two nodes each:
// both nodes sign the same result hash and cost, the buyer opens each
// node's sealed result and gets what the same analysis computes natively,
// and each signature recovers to that node's enclave.
func TestJobsMatchNative(t *testing.T) {
	w := newWorld(t, 2, nil)
	sales, xy := salesCSV(2000), xyCSV(3000)
	people, purchases := peopleCSV(500), purchasesCSV(3000, 500)
	w.addListing(t, 1, sales)
	w.addListing(t, 2, xy)
	w.addListing(t, 3, people)
	w.addListing(t, 4, purchases)
	join := func(r io.Reader, out io.Writer) error {
		return analysis.Join(bytes.NewReader(people), bytes.NewReader(purchases), out)
	}
	tests := []struct {
		name     string
		wasm     func(testing.TB) []byte
		listings []uint64
		want     []byte
		encrypt  bool
		oneNode  bool // Go guests take seconds to meter and compile: one node is enough
	}{
		{"c groupby", func(t testing.TB) []byte { return cGuest(t, "groupby") }, []uint64{1}, native(t, analysis.GroupBy, sales), false, false},
		{"c regress", func(t testing.TB) []byte { return cGuest(t, "regress") }, []uint64{2}, native(t, analysis.Regress, xy), true, false},
		{"c stats", func(t testing.TB) []byte { return cGuest(t, "stats") }, []uint64{2}, native(t, analysis.Summary, xy), false, false},
		{"c join of two sellers", func(t testing.TB) []byte { return cGuest(t, "join") }, []uint64{3, 4}, native(t, join, nil), true, false},
		{"go join of two sellers", func(t testing.TB) []byte { return goGuest(t, "join") }, []uint64{3, 4}, native(t, join, nil), false, true},
	}
	ctx := context.Background()
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			module := tc.wasm(t)
			p := w.defaults(params{id: uint64(100 + i), listings: tc.listings}, module)
			salt := job.Salt{byte(i), 1}
			var first *job.Output
			nodes := w.nodes
			if tc.oneNode {
				nodes = nodes[:1]
			}
			for _, n := range nodes {
				w.setup(t, n, p, module, salt, tc.encrypt, nil)
				out, err := n.runner.Run(ctx, p.id)
				if err != nil {
					t.Fatalf("node %d: run: %v", n.id, err)
				}
				got, err := job.OpenResult(w.dep, p.id, w.buyerKey, salt, out.Sealed, out.Result.ResultHash)
				if err != nil {
					t.Fatalf("node %d: open result: %v", n.id, err)
				}
				if !bytes.Equal(got, tc.want) {
					t.Fatalf("node %d: result\n%s\nwant\n%s", n.id, got, tc.want)
				}
				r := out.Result
				if r.JobID != p.id || r.NodeID != n.id || r.AlgorithmHash != p.alg || r.Size != uint64(len(tc.want)) || r.Cost == 0 ||
					r.ResultHash != job.ResultHash(salt, tc.want) {
					t.Errorf("node %d: JobResult %+v does not describe the run", n.id, r)
				}
				spec, _ := n.runner.Spec(p.id)
				if r.DataRoot != spec.DataRoot() {
					t.Errorf("node %d: data root %s, want %s", n.id, r.DataRoot, spec.DataRoot())
				}
				if first == nil {
					first = out
				} else if first.Result.ResultHash != r.ResultHash || first.Result.Cost != r.Cost {
					t.Errorf("nodes disagree: hash %s cost %d vs hash %s cost %d", first.Result.ResultHash, first.Result.Cost, r.ResultHash, r.Cost)
				}
				sr, err := n.runner.SignResult(p.id, "bafy-result")
				if err != nil {
					t.Fatal(err)
				}
				signer, err := sr.Signer(w.dep)
				if err != nil || signer != n.f.PublicKeys().SigningAddress {
					t.Errorf("node %d: signed by %s (%v), want the enclave %s", n.id, signer, err, n.f.PublicKeys().SigningAddress)
				}
				again, err := n.runner.Run(ctx, p.id)
				if err != nil || !bytes.Equal(again.Sealed, out.Sealed) {
					t.Errorf("node %d: a second Run gave another output (%v)", n.id, err)
				}
			}
		})
	}
}

// TestDataRoot checks DataRoot against abi.encodePacked of the roots.
func TestDataRoot(t *testing.T) {
	a, b := common.HexToHash("0x01"), common.HexToHash("0x02")
	s := job.Spec{Listings: []job.Listing{{Root: a}, {Root: b}}}
	want := common.HexToHash("0xe90b7bceb6e7df5418fb78d8ee546e97c83a08bbccc01a0644d599ccd2a7c2e0") // keccak256(0x00..01 ‖ 0x00..02)
	if got := s.DataRoot(); got != want {
		t.Errorf("DataRoot = %s, want %s", got, want)
	}
	swapped := job.Spec{Listings: []job.Listing{{Root: b}, {Root: a}}}
	if swapped.DataRoot() == want {
		t.Error("DataRoot does not depend on the order of the listings")
	}
}

// TestSignResultOneCID: the enclave signs one result CID per job.
func TestSignResultOneCID(t *testing.T) {
	w := newWorld(t, 1, nil)
	w.addListing(t, 1, salesCSV(50))
	module := cGuest(t, "groupby")
	p := w.defaults(params{id: 5, listings: []uint64{1}}, module)
	n := w.nodes[0]
	if _, err := n.runner.Open(p.id, w.evidence(t, p), nil); err != nil {
		t.Fatal(err)
	}
	_, err := n.runner.SignResult(p.id, "cid-a")
	wantCode(t, err, "conflict", "has not run")
	w2 := newWorld(t, 1, nil)
	w2.addListing(t, 1, salesCSV(50))
	n = w2.nodes[0]
	w2.setup(t, n, p, module, job.Salt{1}, false, nil)
	if _, err := n.runner.Run(context.Background(), p.id); err != nil {
		t.Fatal(err)
	}
	if _, err := n.runner.SignResult(p.id, "cid-a"); err != nil {
		t.Fatal(err)
	}
	if _, err := n.runner.SignResult(p.id, "cid-a"); err != nil {
		t.Errorf("signing the same CID again: %v", err)
	}
	_, err = n.runner.SignResult(p.id, "cid-b")
	wantCode(t, err, "conflict", "another CID")
}

// TestOpenRefuses covers the job opening's refusals.
func TestOpenRefuses(t *testing.T) {
	w := newWorld(t, 3, func(o *job.Options) { o.MaxCost = 1e10 })
	w.addListing(t, 1, salesCSV(10))
	n := w.nodes[0]
	base := w.defaults(params{id: 9, listings: []uint64{1}, nodes: []uint64{1, 2, 3}}, []byte("module"))
	tests := []struct {
		name   string
		mutate func(p *params)
		code   string
		msg    string
	}{
		{"node not named", func(p *params) { p.nodes = []uint64{2, 3} }, "unauthorized", "does not name node 1"},
		{"look-alike contract", func(p *params) { p.emitter = common.HexToAddress("0xbad") }, "integrity", "not from the contract"},
		{"quorum zero", func(p *params) { p.quorum = 0; p.nodes = []uint64{1}; p.id = 10 }, "", ""},
		{"quorum above nodes", func(p *params) { p.quorum = 4 }, "invalid", "quorum of 4 among 3"},
		{"budget above the node's", func(p *params) { p.maxCost = 2e10 }, "unavailable", "budget"},
		{"listing twice", func(p *params) { p.listings = []uint64{1, 1} }, "invalid", "twice"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := base
			tc.mutate(&p)
			if tc.code == "" {
				// defaults turn quorum 0 into 1; build the log by hand.
				p.quorum = 0
				p.emitter = common.Address{}
				_, err := n.runner.Open(p.id, w.chain.add("q0", w.jobLog(t, p)), nil)
				wantCode(t, err, "invalid", "quorum of 0")
				return
			}
			_, err := n.runner.Open(p.id, w.evidence(t, p), nil)
			wantCode(t, err, tc.code, tc.msg)
		})
	}
	_, err := n.runner.Open(base.id, []byte("forged"), nil)
	wantCode(t, err, "integrity", "does not verify")
	_, err = n.runner.Open(base.id+1, w.evidence(t, base), nil)
	wantCode(t, err, "not_found", "")
	if _, err := n.runner.Open(base.id, w.evidence(t, base), nil); err != nil {
		t.Fatal(err)
	}
	_, err = n.runner.Open(base.id, w.evidence(t, base), nil)
	wantCode(t, err, "conflict", "already open")
}

// TestLoadModuleRefuses: a node cannot be made to run another algorithm
// than the job's, nor one the buyer did not sign (SDTE's unbound task id).
func TestLoadModuleRefuses(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 2, nil)
	w.addListing(t, 1, salesCSV(10))
	module, other := cGuest(t, "groupby"), cGuest(t, "rawdump")
	p := w.defaults(params{id: 21, listings: []uint64{1}}, module)
	n, n2 := w.nodes[0], w.nodes[1]
	if _, err := n.runner.Open(p.id, w.evidence(t, p), nil); err != nil {
		t.Fatal(err)
	}
	keys := []enclave.PublicKeys{n.f.PublicKeys()}
	prep := func(jobID uint64, m []byte, encrypt bool, keys []enclave.PublicKeys) *job.ModuleBundle {
		b, err := job.PrepareModule(w.dep, jobID, m, job.Salt{3}, encrypt, w.buyer, keys)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	good := prep(p.id, module, true, keys)
	swapped := prep(p.id, other, true, keys)
	plain := prep(p.id, module, false, keys)
	otherJob := prep(p.id+1, module, true, keys)
	otherNode := prep(p.id, module, true, []enclave.PublicKeys{n2.f.PublicKeys()})
	strangerBundle := func() *job.ModuleBundle {
		w2 := *w
		var err error
		w2.buyer, err = cryptoKey()
		if err != nil {
			t.Fatal(err)
		}
		b, err := job.PrepareModule(w.dep, p.id, module, job.Salt{3}, true, w2.buyer, keys)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}()
	tests := []struct {
		name    string
		sealed  []byte
		module  []byte
		sig     []byte
		code    string
		contain string
	}{
		{"another module", swapped.Sealed[0], nil, swapped.Signature, "integrity", "is not the job's algorithm hash"},
		{"another module in the clear", plain.Sealed[0], other, plain.Signature, "integrity", "is not the job's algorithm hash"},
		{"both clear and sealed", good.Sealed[0], module, good.Signature, "invalid", "both"},
		{"no module", plain.Sealed[0], nil, plain.Signature, "invalid", "no module"},
		{"sealed for another job", otherJob.Sealed[0], nil, otherJob.Signature, "integrity", "cannot be decrypted"},
		{"sealed for another node", otherNode.Sealed[0], nil, otherNode.Signature, "integrity", "cannot be decrypted"},
		{"signed by a stranger", strangerBundle.Sealed[0], nil, strangerBundle.Signature, "unauthorized", "not by the buyer"},
		{"signature for another job", good.Sealed[0], nil, otherJob.Signature, "unauthorized", "not by the buyer"},
		{"malformed signature", good.Sealed[0], nil, []byte{1, 2}, "invalid", "65 bytes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantCode(t, n.runner.LoadModule(ctx, p.id, tc.sealed, tc.module, tc.sig), tc.code, tc.contain)
		})
	}
	// A job whose algorithm hash is a non-WASI module's.
	junk := []byte("\x00asm\x01\x00\x00\x00")
	pj := w.defaults(params{id: 22, listings: []uint64{1}}, junk)
	if _, err := n.runner.Open(pj.id, w.evidence(t, pj), nil); err != nil {
		t.Fatal(err)
	}
	b := prep(pj.id, junk, false, keys)
	wantCode(t, n.runner.LoadModule(ctx, pj.id, b.Sealed[0], b.Module, b.Signature), "invalid", "_start")
	// The good bundle loads, in the clear or sealed.
	if err := n.runner.LoadModule(ctx, p.id, plain.Sealed[0], plain.Module, plain.Signature); err != nil {
		t.Fatalf("module in the clear: %v", err)
	}
	if err := n.runner.LoadModule(ctx, p.id, good.Sealed[0], nil, good.Signature); err != nil {
		t.Fatalf("sealed module: %v", err)
	}
}

// TestHandOverRefuses: the data key reaches the enclave only from the
// listing's owner, for this job, listing and enclave, under terms the job
// meets.
func TestHandOverRefuses(t *testing.T) {
	w := newWorld(t, 2, nil)
	s1 := w.addListing(t, 1, salesCSV(10))
	w.addListing(t, 2, salesCSV(20))
	module := cGuest(t, "groupby")
	p := w.defaults(params{id: 31, listings: []uint64{1, 2}, quorum: 2}, module)
	n, n2 := w.nodes[0], w.nodes[1]
	if _, err := n.runner.Open(p.id, w.evidence(t, p), nil); err != nil {
		t.Fatal(err)
	}
	terms := openTerms()
	wrap := func(to *node, jobID, listing uint64, tm job.Terms) ([]byte, []byte) {
		wr, sig, err := job.WrapDataKey(w.dep, to.f.PublicKeys(), jobID, listing, s1.secrets, tm, s1.key)
		if err != nil {
			t.Fatal(err)
		}
		return wr, sig
	}
	good, goodSig := wrap(n, p.id, 1, terms)
	forListing2, sig2 := wrap(n, p.id, 2, terms) // signed by listing 1's owner
	otherJob, sigJob := wrap(n, p.id+1, 1, terms)
	otherNode, sigNode := wrap(n2, p.id, 1, terms)
	stricter := terms
	stricter.MaxOutput = 1
	tests := []struct {
		name    string
		listing uint64
		terms   job.Terms
		wrapped []byte
		sig     []byte
		code    string
		contain string
	}{
		{"not the listing's owner", 2, terms, forListing2, sig2, "unauthorized", "not by its owner"},
		{"terms changed by the host", 1, stricter, good, goodSig, "unauthorized", "not by its owner"},
		{"wrapped for another job", 1, terms, otherJob, sigJob, "unauthorized", "not by its owner"},
		{"wrapped for another enclave", 1, terms, otherNode, sigNode, "unauthorized", "not by its owner"},
		{"unknown listing", 3, terms, good, goodSig, "not_found", "does not name listing 3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantCode(t, n.runner.HandOver(p.id, tc.listing, tc.terms, tc.wrapped, tc.sig), tc.code, tc.contain)
		})
	}
	policy := []struct {
		name    string
		terms   job.Terms
		code    string
		contain string
	}{
		{"public only, not reviewed", job.Terms{PublicOnly: true, Allowed: []common.Hash{{1}}, MaxOutput: 100}, "unauthorized", "reviewed"},
		{"too few nodes", job.Terms{MaxOutput: 100, MinNodes: 3}, "unauthorized", "at least 3 nodes"},
		{"too small a quorum", job.Terms{MaxOutput: 100, MinQuorum: 3}, "unauthorized", "quorum of at least 3"},
		{"no output", job.Terms{}, "invalid", "no output"},
	}
	for _, tc := range policy {
		t.Run(tc.name, func(t *testing.T) {
			wantCode(t, w.handOver(t, n, p.id, 1, tc.terms), tc.code, tc.contain)
		})
	}
	reviewed := job.Terms{PublicOnly: true, Allowed: []common.Hash{{1}, p.alg}, MaxOutput: 100, MinNodes: 2, MinQuorum: 2}
	if err := w.handOver(t, n, p.id, 1, reviewed); err != nil {
		t.Errorf("reviewed algorithm refused: %v", err)
	}
}

// TestLoadDataRefuses: every chunk is checked against R before the run
// (Version 2 countermeasure 5).
func TestLoadDataRefuses(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1, func(o *job.Options) { o.MaxDataSize = 64 << 10 })
	plain := salesCSV(500)
	s := w.addListing(t, 1, plain)
	module := cGuest(t, "groupby")
	p := w.defaults(params{id: 41, listings: []uint64{1}}, module)
	n := w.nodes[0]
	if _, err := n.runner.Open(p.id, w.evidence(t, p), nil); err != nil {
		t.Fatal(err)
	}
	wantCode(t, n.runner.LoadData(ctx, p.id, 1, bytes.NewReader(s.sealed), int64(len(s.sealed))), "conflict", "not been handed over")
	if err := w.handOver(t, n, p.id, 1, openTerms()); err != nil {
		t.Fatal(err)
	}
	doctored := append([]byte(nil), plain...)
	copy(doctored[len(doctored)-20:], "south,99999.99\n")
	flipped := append([]byte(nil), s.sealed...)
	flipped[len(flipped)/2] ^= 1
	tests := []struct {
		name    string
		ct      []byte
		size    int64
		code    string
		contain string
	}{
		{"doctored data, sealed with the seller's key", seal(t, doctored, s.secrets.DataKey), -1, "integrity", "does not match its root R"},
		{"a flipped byte", flipped, -1, "integrity", "does not decrypt"},
		{"truncated", s.sealed[:len(s.sealed)-100], -1, "integrity", ""},
		{"too big", s.sealed, 1 << 20, "invalid", "more than this node takes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			size := tc.size
			if size < 0 {
				size = int64(len(tc.ct))
			}
			wantCode(t, n.runner.LoadData(ctx, p.id, 1, bytes.NewReader(tc.ct), size), tc.code, tc.contain)
		})
	}
	_, err := n.runner.Run(ctx, p.id)
	wantCode(t, err, "conflict", "module has not been loaded")
	if err := n.runner.LoadData(ctx, p.id, 1, bytes.NewReader(s.sealed), int64(len(s.sealed))); err != nil {
		t.Fatalf("the genuine data: %v", err)
	}
	wantCode(t, n.runner.LoadData(ctx, p.id, 1, bytes.NewReader(s.sealed), int64(len(s.sealed))), "conflict", "checked already")
}

// TestHostileModules: each hostile module is stopped, through the job
// runner, with a clear and deterministic reason, and nothing is signed.
func TestHostileModules(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1, func(o *job.Options) { o.MemoryLimitPages = 64 })
	data := salesCSV(4000) // ~60 KB of "raw data"
	w.addListing(t, 1, data)
	tests := []struct {
		name    string
		guest   string
		p       params
		terms   job.Terms
		reason  sandbox.Reason
		contain string
	}{
		// The seed's bug: a cheap "analysis" that prints the raw data.
		{"raw dump, seller's cap", "rawdump", params{maxOutput: 1 << 20}, job.Terms{MaxOutput: 4096}, sandbox.ReasonOutputLimit, "output limit of 4096 bytes"},
		{"raw dump, job's reserved allowance", "rawdump", params{maxOutput: 1000}, openTerms(), sandbox.ReasonOutputLimit, "output limit of 1000 bytes"},
		{"loops forever", "spin", params{maxCost: 50_000_000}, openTerms(), sandbox.ReasonInstructionLimit, "budget of 50000000"},
		{"allocates without bound", "hog", params{}, openTerms(), sandbox.ReasonMemoryLimit, "ran out of memory"},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			module := cGuest(t, tc.guest)
			p := tc.p
			p.id, p.listings = uint64(50+i), []uint64{1}
			p = w.defaults(p, module)
			n := w.nodes[0]
			w.setup(t, n, p, module, job.Salt{9}, false, func(uint64) job.Terms { return tc.terms })
			out, err := n.runner.Run(ctx, p.id)
			var re *sandbox.RunError
			if !errors.As(err, &re) {
				t.Fatalf("got %v, %v; want a RunError", out, err)
			}
			if re.Reason != tc.reason || !re.Deterministic() {
				t.Errorf("reason %s, want %s", re.Reason, tc.reason)
			}
			if re.Stderr != nil {
				t.Errorf("the guest's stderr reached the host: %q", re.Stderr)
			}
			wantCode(t, err, "invalid", tc.contain)
			_, err = n.runner.SignResult(p.id, "cid")
			wantCode(t, err, "conflict", "has not run")
		})
	}
}

// TestSecretModuleStaysSealed: with encrypt set, the module appears in no
// bundle in the clear, and the runner still runs it.
func TestSecretModuleStaysSealed(t *testing.T) {
	w := newWorld(t, 1, nil)
	module := cGuest(t, "groupby")
	b, err := job.PrepareModule(w.dep, 1, module, job.Salt{1}, true, w.buyer, []enclave.PublicKeys{w.nodes[0].f.PublicKeys()})
	if err != nil {
		t.Fatal(err)
	}
	if b.Module != nil || bytes.Contains(b.Sealed[0], module[:64]) {
		t.Error("the secret module travels in the clear")
	}
}

// TestOpenSlot: a node that filled a job's open slot opens it with the
// JobAccepted evidence, and only for its own acceptance of an open slot.
func TestOpenSlot(t *testing.T) {
	w := newWorld(t, 3, nil)
	w.addListing(t, 1, salesCSV(10))
	p := w.defaults(params{id: 12, listings: []uint64{1}, nodes: []uint64{2, 0, 0}, quorum: 2}, []byte("module"))
	created := w.evidence(t, p)
	accepted := func(name string, jobID, node, slot uint64, emitter common.Address) []byte {
		return w.chain.add(name, &types.Log{Address: emitter,
			Topics: []common.Hash{crypto.Keccak256Hash([]byte(job.JobAcceptedSignature)), word(jobID), word(node)},
			Data:   word(slot).Bytes()})
	}
	n1, n3 := w.nodes[0], w.nodes[2]
	_, err := n1.runner.Open(p.id, created, nil)
	wantCode(t, err, "unauthorized", "does not name node 1")
	tests := []struct {
		name     string
		evidence []byte
		code     string
		contain  string
	}{
		{"another node's acceptance", accepted("a1", p.id, 3, 1, jobsAddr), "integrity", "accepted by another node"},
		{"another job's acceptance", accepted("a2", p.id+1, 1, 1, jobsAddr), "not_found", ""},
		{"a look-alike contract", accepted("a3", p.id, 1, 1, common.HexToAddress("0xbad")), "integrity", "not from the contract"},
		{"a named slot", accepted("a4", p.id, 1, 0, jobsAddr), "integrity", "not an open slot"},
		{"no such slot", accepted("a5", p.id, 1, 7, jobsAddr), "integrity", "not an open slot"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := n1.runner.Open(p.id, created, tc.evidence)
			wantCode(t, err, tc.code, tc.contain)
		})
	}
	spec, err := n3.runner.Open(p.id, created, accepted("ok", p.id, 3, 2, jobsAddr))
	if err != nil {
		t.Fatal(err)
	}
	if want := []uint64{2, 0, 3}; !slices.Equal(spec.Nodes, want) {
		t.Errorf("nodes %v, want %v", spec.Nodes, want)
	}
}

// TestRunIsExclusive: while a job runs, other calls for it are refused; a
// job forgotten during its run is dropped when the run returns.
func TestRunIsExclusive(t *testing.T) {
	w := newWorld(t, 1, nil)
	w.addListing(t, 1, salesCSV(10))
	module := cGuest(t, "spin")
	p := w.defaults(params{id: 61, listings: []uint64{1}, maxCost: 1 << 38}, module)
	n := w.nodes[0]
	w.setup(t, n, p, module, job.Salt{1}, false, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := n.runner.Run(ctx, p.id)
		done <- err
	}()
	deadline := time.Now().Add(20 * time.Second)
	for {
		_, err := n.runner.SignResult(p.id, "cid")
		if err != nil && strings.Contains(err.Error(), "is running") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the run never showed as running; last: %v", err)
		}
		time.Sleep(5 * time.Millisecond)
	}
	_, err := n.runner.Run(context.Background(), p.id)
	wantCode(t, err, "conflict", "is running")
	wantCode(t, w.handOver(t, n, p.id, 1, openTerms()), "conflict", "is running")
	n.runner.Forget(context.Background(), p.id)
	cancel()
	wantCode(t, <-done, "not_found", "forgotten during its run")
	_, err = n.runner.Spec(p.id)
	wantCode(t, err, "not_found", "not open")
}
