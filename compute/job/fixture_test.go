package job_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/market"
)

func testConfig() enclave.Config {
	return enclave.Config{
		ChainID:       1337,
		Registry:      common.HexToAddress("0x1000000000000000000000000000000000000001"),
		Market:        common.HexToAddress("0x2000000000000000000000000000000000000002"),
		Escrow:        common.HexToAddress("0x3000000000000000000000000000000000000003"),
		Domain:        enclave.Domain{Name: "datatrade", Version: "1", Salt: common.HexToHash("0x5a17")},
		Checkpoint:    enclave.Checkpoint{Number: 42, Hash: common.HexToHash("0xc0ffee")},
		HeaderAuth:    enclave.HeaderAuthAuthority,
		Authority:     common.HexToAddress("0x4000000000000000000000000000000000000004"),
		HeaderWindow:  enclave.DefaultHeaderWindow,
		Confirmations: 2,
	}
}

var jobsAddr = common.HexToAddress("0x6000000000000000000000000000000000000006")

// recordedReceipts stands in for the light client in these tests, which
// focus on the runner: it maps evidence bytes to the receipt the light
// client would prove. TestOpenThroughLightClient runs the real light client.
type recordedReceipts struct {
	receipts map[string]*types.Receipt
}

func (r *recordedReceipts) VerifyEvidence(e []byte) (*types.Receipt, error) {
	rc, ok := r.receipts[string(e)]
	if !ok {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "evidence does not verify")
	}
	return rc, nil
}

func (r *recordedReceipts) add(name string, logs ...*types.Log) []byte {
	r.receipts[name] = &types.Receipt{Status: types.ReceiptStatusSuccessful, Logs: logs}
	return []byte(name)
}

// node is one compute node: its simulated enclave and runner.
type node struct {
	id     uint64
	f      *enclave.Factotum
	runner *job.Runner
}

// seller is a listing's owner with its dataset.
type seller struct {
	listing uint64
	key     *ecdsa.PrivateKey
	secrets envelope.Secrets
	plain   []byte
	sealed  []byte
	root    common.Hash
	chunks  uint64
}

type world struct {
	cfg       enclave.Config
	dep       job.Deployment
	chain     *recordedReceipts
	nodes     []*node
	buyer     *ecdsa.PrivateKey
	buyerAddr common.Address
	buyerKey  *envelope.PrivateKey
	sellers   map[uint64]*seller
	rng       *rand.ChaCha8
}

const chunkSize = 1024

// newWorld starts n nodes with ids 1..n; opts, if not nil, adjusts each
// node's runner options.
func newWorld(t testing.TB, n int, opts func(*job.Options)) *world {
	t.Helper()
	return newWorldFor(t, testConfig(), jobsAddr, n, opts)
}

// newWorldFor is newWorld for an enclave configuration and Jobs contract.
func newWorldFor(t testing.TB, cfg enclave.Config, jobs common.Address, n int, opts func(*job.Options)) *world {
	t.Helper()
	ctx := context.Background()
	rng := rand.NewChaCha8([32]byte{7})
	w := &world{cfg: cfg, chain: &recordedReceipts{receipts: map[string]*types.Receipt{}}, sellers: map[uint64]*seller{}, rng: rng}
	w.dep = job.Deployment{ChainID: w.cfg.ChainID, Jobs: jobs, Domain: w.cfg.Domain}
	for i := 1; i <= n; i++ {
		backend, err := sim.New(sim.Options{Code: []byte("compute node"), PlatformSecret: bytes.Repeat([]byte{byte(i)}, 32), Rand: rng})
		if err != nil {
			t.Fatal(err)
		}
		f, err := enclave.NewFactotum(backend, w.cfg, rng)
		if err != nil {
			t.Fatal(err)
		}
		o := job.Options{Factotum: f, Chain: w.chain, Jobs: jobs, Node: uint64(i), MemoryLimitPages: 256, WallTimeout: 30 * time.Second}
		if opts != nil {
			opts(&o)
		}
		r, err := job.New(ctx, o)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { r.Close(ctx) })
		w.nodes = append(w.nodes, &node{id: uint64(i), f: f, runner: r})
	}
	var err error
	if w.buyer, err = crypto.GenerateKey(); err != nil {
		t.Fatal(err)
	}
	w.buyerAddr = crypto.PubkeyToAddress(w.buyer.PublicKey)
	if w.buyerKey, err = envelope.GenerateKey(rng, envelope.KEMX25519); err != nil {
		t.Fatal(err)
	}
	return w
}

// addListing publishes plain as listing id by a fresh seller.
func (w *world) addListing(t testing.TB, id uint64, plain []byte) *seller {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	s := w.newSeller(t, key, plain)
	s.listing = id
	w.sellers[id] = s
	return s
}

// newSeller prepares plain for publication by key's owner: data key,
// listing salt, ciphertext and root.
func (w *world) newSeller(t testing.TB, key *ecdsa.PrivateKey, plain []byte) *seller {
	t.Helper()
	ctx := context.Background()
	s := &seller{key: key, plain: plain}
	var err error
	if s.secrets.DataKey, err = envelope.NewDataKey(w.rng); err != nil {
		t.Fatal(err)
	}
	if s.secrets.ListingSalt, err = envelope.NewListingSalt(w.rng); err != nil {
		t.Fatal(err)
	}
	s.sealed = seal(t, plain, s.secrets.DataKey)
	com, err := envelope.Commit(ctx, bytes.NewReader(plain), s.secrets.ListingSalt, chunkSize)
	if err != nil {
		t.Fatal(err)
	}
	s.root = com.Root
	s.chunks = com.Leaves()
	return s
}

func seal(t testing.TB, plain []byte, key envelope.DataKey) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, _, err := envelope.Encrypt(context.Background(), &b, bytes.NewReader(plain), key,
		envelope.WriterOptions{ChunkSize: chunkSize, Rand: rand.NewChaCha8([32]byte{2})}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// params describe a job to create.
type params struct {
	id        uint64
	listings  []uint64
	nodes     []uint64
	quorum    uint64
	maxOutput uint64
	maxCost   uint64
	alg       common.Hash
	emitter   common.Address // the contract emitting JobCreated (jobsAddr if zero)
}

func word(v uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(v)) }

func jobCreatedArgs(t testing.TB) abi.Arguments {
	t.Helper()
	var args abi.Arguments
	for _, n := range []string{"bytes32", "uint256[]", "address[]", "bytes32[]", "uint256[]", "uint256", "uint256", "uint256", "uint64", "bytes"} {
		ty, err := abi.NewType(n, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		args = append(args, abi.Argument{Type: ty})
	}
	return args
}

// jobLog returns the JobCreated log of p.
func (w *world) jobLog(t testing.TB, p params) *types.Log {
	t.Helper()
	var ids, nodes []*big.Int
	var owners []common.Address
	var roots [][32]byte
	for _, l := range p.listings {
		s := w.sellers[l]
		ids = append(ids, new(big.Int).SetUint64(l))
		owners = append(owners, crypto.PubkeyToAddress(s.key.PublicKey))
		roots = append(roots, s.root)
	}
	for _, n := range p.nodes {
		nodes = append(nodes, new(big.Int).SetUint64(n))
	}
	data, err := jobCreatedArgs(t).Pack([32]byte(p.alg), ids, owners, roots, nodes, new(big.Int).SetUint64(p.quorum),
		new(big.Int).SetUint64(p.maxOutput), new(big.Int).SetUint64(p.maxCost), uint64(2_000_000_000), w.buyerKey.Public().Bytes())
	if err != nil {
		t.Fatal(err)
	}
	emitter := p.emitter
	if emitter == (common.Address{}) {
		emitter = jobsAddr
	}
	return &types.Log{Address: emitter, Topics: []common.Hash{crypto.Keccak256Hash([]byte(job.JobCreatedSignature)),
		word(p.id), common.BytesToHash(w.buyerAddr.Bytes())}, Data: data}
}

// evidence records p's JobCreated event and returns its evidence.
func (w *world) evidence(t testing.TB, p params) []byte {
	t.Helper()
	return w.chain.add(fmt.Sprintf("job-%d-%s", p.id, p.emitter), w.jobLog(t, p))
}

// defaults fills in a job's defaults: all nodes, quorum 2 (or 1), 1 MiB
// output, a budget of 5e9 and the module's hash.
func (w *world) defaults(p params, module []byte) params {
	if p.nodes == nil {
		for _, n := range w.nodes {
			p.nodes = append(p.nodes, n.id)
		}
	}
	if p.quorum == 0 {
		p.quorum = uint64(min(2, len(p.nodes)))
	}
	if p.maxOutput == 0 {
		p.maxOutput = 1 << 20
	}
	if p.maxCost == 0 {
		p.maxCost = 5_000_000_000
	}
	if p.alg == (common.Hash{}) {
		p.alg = job.AlgorithmHash(module)
	}
	return p
}

// openTerms are generous terms: any algorithm, 1 MiB, no minimum.
func openTerms() job.Terms { return job.Terms{MaxOutput: 1 << 20} }

// handOver makes and delivers listing l's hand-over to n with terms.
func (w *world) handOver(t testing.TB, n *node, jobID, l uint64, terms job.Terms) error {
	t.Helper()
	s := w.sellers[l]
	wrapped, sig, err := job.WrapDataKey(w.dep, n.f.PublicKeys(), jobID, l, s.secrets, terms, s.key)
	if err != nil {
		t.Fatal(err)
	}
	return n.runner.HandOver(jobID, l, terms, wrapped, sig)
}

// setup runs the ECALLs before Run on node n: open, module, every
// hand-over with terms (openTerms if nil), every dataset. It fails the test
// on any error.
func (w *world) setup(t testing.TB, n *node, p params, module []byte, salt job.Salt, encrypt bool, terms func(l uint64) job.Terms) {
	t.Helper()
	w.setupWith(t, n, p, w.evidence(t, p), module, salt, encrypt, terms)
}

// setupWith is setup with the job's JobCreated evidence given.
func (w *world) setupWith(t testing.TB, n *node, p params, created, module []byte, salt job.Salt, encrypt bool, terms func(l uint64) job.Terms) {
	t.Helper()
	ctx := context.Background()
	if _, err := n.runner.Open(p.id, created, nil); err != nil {
		t.Fatalf("open: %v", err)
	}
	b, err := job.PrepareModule(w.dep, p.id, module, salt, encrypt, w.buyer, []enclave.PublicKeys{n.f.PublicKeys()})
	if err != nil {
		t.Fatal(err)
	}
	if err := n.runner.LoadModule(ctx, p.id, b.Sealed[0], b.Module, b.Signature); err != nil {
		t.Fatalf("load module: %v", err)
	}
	for _, l := range p.listings {
		tm := openTerms()
		if terms != nil {
			tm = terms(l)
		}
		if err := w.handOver(t, n, p.id, l, tm); err != nil {
			t.Fatalf("hand-over of listing %d: %v", l, err)
		}
		s := w.sellers[l]
		if err := n.runner.LoadData(ctx, p.id, l, bytes.NewReader(s.sealed), int64(len(s.sealed))); err != nil {
			t.Fatalf("load data of listing %d: %v", l, err)
		}
	}
}

// wantCode fails the test unless err carries the datatrade code and a
// message containing substr.
func wantCode(t testing.TB, err error, code, substr string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want %s %q", code, substr)
	}
	if got := datatrade.ErrorCode(err); got != code {
		t.Fatalf("got code %s (%v), want %s", got, err, code)
	}
	if !strings.Contains(datatrade.ErrorMessage(err), substr) {
		t.Fatalf("got message %q, want it to contain %q", datatrade.ErrorMessage(err), substr)
	}
}

func isRunError(err error) bool {
	var re interface{ Deterministic() bool }
	return errors.As(err, &re)
}

// Test data.

// salesCSV is "region,amount" rows over a few regions.
func salesCSV(rows int) []byte {
	regions := []string{"north", "south", "east", "west", "centre"}
	var b strings.Builder
	b.WriteString("region,amount\n")
	state := uint32(99)
	for i := range rows {
		state = state*1664525 + 1013904223
		fmt.Fprintf(&b, "%s,%d.%02d\n", regions[int(state>>24)%len(regions)], 10+i%90, state%100)
	}
	return []byte(b.String())
}

// xyCSV is "x,y" rows with y ≈ 3x + 2.
func xyCSV(rows int) []byte {
	var b strings.Builder
	b.WriteString("x,y,label\n")
	state := uint32(12345)
	for i := range rows {
		state = state*1664525 + 1013904223
		noise := float64(int32(state>>8)%1000) / 1000
		x := float64(i) * 0.5
		fmt.Fprintf(&b, "%g,%g,row%d\n", x, 3*x+2+noise, i)
	}
	return []byte(b.String())
}

// peopleCSV is "id,age", every 50th row correcting an earlier person's age
// (the last row of an id wins); purchasesCSV "id,amount" with some unknown
// ids.
func peopleCSV(n int) []byte {
	var b strings.Builder
	b.WriteString("id,age\n")
	for i := range n {
		fmt.Fprintf(&b, "%d,%d\n", 1000+i, 18+(i*37)%80)
		if i%50 == 49 {
			fmt.Fprintf(&b, "%d,%d\n", 1000+i/2, 90+i%7)
		}
	}
	return []byte(b.String())
}

func purchasesCSV(n, people int) []byte {
	var b strings.Builder
	b.WriteString("id,amount\n")
	state := uint32(5)
	for range n {
		state = state*1664525 + 1013904223
		fmt.Fprintf(&b, "%d,%d.%02d\n", 1000+int(state>>8)%(people+people/10), 1+state%500, state%100)
	}
	return []byte(b.String())
}

func cryptoKey() (*ecdsa.PrivateKey, error) { return crypto.GenerateKey() }

// enclaveDomain is the enclave's EIP-712 domain for deployment d.
func enclaveDomain(d *market.Deployment) enclave.Domain {
	return enclave.Domain{Name: market.DomainName, Version: market.DomainVersion, Salt: d.Salt}
}
