package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"math/big"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/market"
)

// sampleFixture is a listing, a trade and an enclave key, enough to build
// the samples an exchange serves, honest or not.
type sampleFixture struct {
	data    []byte
	salt    envelope.ListingSalt
	tree    *envelope.Tree
	listing *datatrade.Listing
	trade   *datatrade.Trade
	cfg     enclave.Config
	dep     market.Deployment
	buyer   *envelope.PrivateKey
	enclave *ecdsa.PrivateKey
}

const sampleChunk = 256

func newSampleFixture(t testing.TB) *sampleFixture {
	t.Helper()
	f := &sampleFixture{data: make([]byte, 45*sampleChunk-10)}
	for i := range f.data {
		f.data[i] = byte(i * 7)
	}
	var err error
	if f.salt, err = envelope.NewListingSalt(rand.Reader); err != nil {
		t.Fatal(err)
	}
	if f.tree, err = envelope.BuildTree(context.Background(), bytes.NewReader(f.data), f.salt, sampleChunk); err != nil {
		t.Fatal(err)
	}
	if f.buyer, err = envelope.GenerateKey(rand.Reader, envelope.KEMX25519); err != nil {
		t.Fatal(err)
	}
	if f.enclave, err = crypto.GenerateKey(); err != nil {
		t.Fatal(err)
	}
	com := f.tree.Commitment()
	f.dep = market.Deployment{ChainID: 1337, Registry: common.HexToAddress("0x1"), Market: common.HexToAddress("0x2"),
		Escrow: common.HexToAddress("0x3"), Salt: common.HexToHash("0x5a17")}
	f.cfg = enclave.Config{ChainID: f.dep.ChainID, Registry: f.dep.Registry, Market: f.dep.Market, Escrow: f.dep.Escrow,
		Domain: enclave.Domain{Name: market.DomainName, Version: market.DomainVersion, Salt: f.dep.Salt}}
	f.listing = &datatrade.Listing{ID: 4, Size: com.Size, ChunkCount: uint32(com.Leaves()), SampleSeed: common.HexToHash("0x5eed")}
	f.trade = &datatrade.Trade{ID: 9, ListingID: 4, Root: com.Root, BuyerPubKey: f.buyer.Public().Bytes(), Price: big.NewInt(1),
		Exchanges: []datatrade.TradeExchange{{ID: 1, Signer: crypto.PubkeyToAddress(f.enclave.PublicKey)}}}
	return f
}

// chunk returns chunk i of the data.
func (f *sampleFixture) chunk(i uint64) []byte {
	return f.data[i*sampleChunk : min(uint64(len(f.data)), (i+1)*sampleChunk)]
}

// wrap wraps chunk data with the proof of chunk proofOf for trade tradeID.
func (f *sampleFixture) wrap(t testing.TB, index, proofOf, tradeID uint64, data []byte) exchange.SampleChunk {
	t.Helper()
	p, err := f.tree.Prove(proofOf)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := p.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	w, err := envelope.Wrap(f.buyer.Public(), tradeWrapContext(f.dep, tradeID, exchange.PurposeSample), exchange.EncodeSampleChunk(pb, data))
	if err != nil {
		t.Fatal(err)
	}
	return exchange.SampleChunk{Index: index, Wrapped: w}
}

// honest is the sample an honest enclave serves.
func (f *sampleFixture) honest(t testing.TB) *exchange.Sample {
	t.Helper()
	s := &exchange.Sample{}
	for _, i := range exchange.SampleIndices(f.listing.SampleSeed, f.listing.ChunkCount) {
		s.Chunks = append(s.Chunks, f.wrap(t, i, i, f.trade.ID, f.chunk(i)))
	}
	s.Receipt = f.sign(t, f.enclave, exchange.SampleReceiptDigest(&f.cfg, f.trade.ID, 1))
	return s
}

func (f *sampleFixture) sign(t testing.TB, k *ecdsa.PrivateKey, d common.Hash) exchange.Signed {
	sig, err := crypto.Sign(d[:], k)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return exchange.Signed{Digest: d, Signature: sig}
}

func TestCheckSample(t *testing.T) {
	f := newSampleFixture(t)
	want := exchange.SampleIndices(f.listing.SampleSeed, f.listing.ChunkCount)
	if len(want) < 2 {
		t.Fatalf("fixture has a sample of %d chunks; want several", len(want))
	}
	other, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		change func(s *exchange.Sample)
		code   string
	}{
		{"honest", func(s *exchange.Sample) {}, ""},
		{"a chunk missing", func(s *exchange.Sample) { s.Chunks = s.Chunks[1:] }, datatrade.EINTEGRITY},
		{"another chunk than the fixed set", func(s *exchange.Sample) {
			i := (want[0] + 1) % uint64(f.listing.ChunkCount)
			for slices.Contains(want, i) {
				i = (i + 1) % uint64(f.listing.ChunkCount)
			}
			s.Chunks[0] = f.wrap(t, i, i, f.trade.ID, f.chunk(i))
		}, datatrade.EINTEGRITY},
		{"a doctored chunk", func(s *exchange.Sample) {
			bad := bytes.Clone(f.chunk(want[0]))
			bad[3] ^= 1
			s.Chunks[0] = f.wrap(t, want[0], want[0], f.trade.ID, bad)
		}, datatrade.EINTEGRITY},
		{"the proof of another chunk", func(s *exchange.Sample) {
			s.Chunks[0] = f.wrap(t, want[0], want[1], f.trade.ID, f.chunk(want[1]))
		}, datatrade.EINTEGRITY},
		{"wrapped for another trade", func(s *exchange.Sample) {
			s.Chunks[0] = f.wrap(t, want[0], want[0], f.trade.ID+1, f.chunk(want[0]))
		}, datatrade.EINTEGRITY},
		{"receipt by another key", func(s *exchange.Sample) {
			s.Receipt = f.sign(t, other, exchange.SampleReceiptDigest(&f.cfg, f.trade.ID, 1))
		}, datatrade.EINTEGRITY},
		{"receipt for another trade", func(s *exchange.Sample) {
			s.Receipt = f.sign(t, f.enclave, exchange.SampleReceiptDigest(&f.cfg, f.trade.ID+1, 1))
		}, datatrade.EINTEGRITY},
		{"garbage", func(s *exchange.Sample) { s.Chunks[1].Wrapped = []byte("not a wrapping") }, datatrade.EINTEGRITY},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := f.honest(t)
			tc.change(s)
			res, err := checkSample(&f.cfg, f.dep, f.trade, f.listing, f.trade.Exchanges[0], f.buyer, s)
			if tc.code == "" {
				if err != nil {
					t.Fatalf("honest sample refused: %v", err)
				}
				if !res.Checked || !slices.Equal(res.Indices, want) {
					t.Fatalf("result %+v, want the checked set %v", res, want)
				}
				for i, idx := range res.Indices {
					if !bytes.Equal(res.data[i], f.chunk(idx)) {
						t.Errorf("chunk %d differs from the data", idx)
					}
				}
				return
			}
			if datatrade.ErrorCode(err) != tc.code {
				t.Errorf("got %v, want %s", err, tc.code)
			}
		})
	}
}

func TestChunkSizes(t *testing.T) {
	for _, tc := range []struct {
		size  uint64
		count uint32
		hint  int
		want  []int
	}{
		{45*256 - 10, 45, 0, []int{256}},
		{45*256 - 10, 45, 256, []int{256}},
		{4096 * 3, 3, 0, []int{4096}},
		{100, 1, 0, []int{128}},
		{10000, 3, 3334, []int{3334, 4096}},
		{10000, 3, 77, []int{4096}},
		{1 << 20, 0, 0, []int{1 << 20}},
	} {
		if got := chunkSizes(tc.size, tc.count, tc.hint); !slices.Equal(got, tc.want) {
			t.Errorf("chunkSizes(%d, %d, %d) = %v, want %v", tc.size, tc.count, tc.hint, got, tc.want)
		}
	}
}

// FuzzCheckSample feeds checkSample what an untrusted host could send: it
// must refuse with a user-safe error, never panic, and accept only chunks
// that are the listing's own.
func FuzzCheckSample(f *testing.F) {
	fx := newSampleFixture(f)
	s := fx.honest(f)
	f.Add(s.Chunks[0].Wrapped, s.Receipt.Signature, s.Chunks[0].Index)
	f.Add([]byte{}, []byte{1, 2}, uint64(0))
	f.Fuzz(func(t *testing.T, wrapped, sig []byte, index uint64) {
		s := fx.honest(t)
		s.Chunks[0] = exchange.SampleChunk{Index: index, Wrapped: wrapped}
		s.Receipt.Signature = sig
		res, err := checkSample(&fx.cfg, fx.dep, fx.trade, fx.listing, fx.trade.Exchanges[0], fx.buyer, s)
		if err != nil {
			if _, ok := err.(*datatrade.Error); !ok && datatrade.ErrorCode(err) == datatrade.EINTERNAL {
				t.Fatalf("not a user-safe error: %v", err)
			}
			return
		}
		for i, idx := range res.Indices {
			if !bytes.Equal(res.data[i], fx.chunk(idx)) {
				t.Fatalf("accepted chunk %d that is not the listing's", idx)
			}
		}
	})
}

func TestOpenDelivery(t *testing.T) {
	f := newSampleFixture(t)
	kd, err := envelope.NewDataKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	var ct bytes.Buffer
	// The enclave re-encrypts with its own chunk size, not the listing's.
	if _, _, err := envelope.Encrypt(context.Background(), &ct, bytes.NewReader(f.data), kd, envelope.WriterOptions{ChunkSize: 1000, Rand: rand.Reader}); err != nil {
		t.Fatal(err)
	}
	secrets := func(salt envelope.ListingSalt) []byte {
		b, err := envelope.Secrets{DataKey: kd, ListingSalt: salt}.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	otherSalt := f.salt
	otherSalt[0] ^= 1
	otherKey := kd
	otherKey[0] ^= 1
	flipped := bytes.Clone(ct.Bytes())
	flipped[len(flipped)/2] ^= 1
	for _, tc := range []struct {
		name      string
		secret    []byte
		ct        []byte
		unchecked bool
		checked   bool
		msg       string
	}{
		{"key and salt", secrets(f.salt), ct.Bytes(), false, true, ""},
		{"another salt", secrets(otherSalt), ct.Bytes(), false, false, "does not match the listing's root R"},
		{"key only", kd[:], ct.Bytes(), false, false, "without the listing salt"},
		{"key only, unchecked", kd[:], ct.Bytes(), true, false, ""},
		{"another key", otherKey[:], ct.Bytes(), true, false, "chunk"},
		{"a flipped byte", secrets(f.salt), flipped, false, false, "chunk"},
		{"truncated", secrets(f.salt), ct.Bytes()[:ct.Len()-100], false, false, "chunk"},
		{"malformed secret", []byte("0123456789"), ct.Bytes(), true, false, "malformed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			out := dir + "/data.bin"
			res := &fetchResult{}
			err := openDelivery(tc.secret, bytes.NewReader(tc.ct), f.trade, f.listing, out, tc.unchecked, res)
			entries, _ := os.ReadDir(dir)
			if tc.msg != "" {
				if datatrade.ErrorCode(err) != datatrade.EINTEGRITY || !strings.Contains(datatrade.ErrorMessage(err), tc.msg) {
					t.Errorf("got %v, want EINTEGRITY mentioning %q", err, tc.msg)
				}
				if len(entries) != 0 {
					t.Errorf("a refused delivery left %d file(s) behind", len(entries))
				}
				return
			}
			if err != nil {
				t.Fatalf("openDelivery: %v", err)
			}
			got, err := os.ReadFile(out)
			if err != nil || !bytes.Equal(got, f.data) || len(entries) != 1 {
				t.Fatalf("wrote %d bytes (%v) in %d file(s), want the data alone", len(got), err, len(entries))
			}
			if res.RootChecked != tc.checked || (tc.checked && res.Chunks != uint64(f.listing.ChunkCount)) {
				t.Errorf("result %+v, want root checked %v over %d chunks", res, tc.checked, f.listing.ChunkCount)
			}
		})
	}
}
