package exchange

import (
	"bytes"
	"context"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade/envelope"
)

// BenchmarkCheckAndCommit measures the enclave's data path for a 4 MiB
// dataset: decrypting and checking every chunk against R, then
// re-encrypting it for the buyer (bytes/s counts the plaintext once).
func BenchmarkCheckAndCommit(b *testing.B) {
	ctx := context.Background()
	fx := newFixture(b)
	plain := make([]byte, 4<<20)
	rng := rand.NewChaCha8([32]byte{3})
	_, _ = rng.Read(plain)
	var sealed bytes.Buffer
	if _, _, err := envelope.Encrypt(ctx, &sealed, bytes.NewReader(plain), fx.secrets.DataKey, envelope.WriterOptions{ChunkSize: 64 << 10, Rand: rng}); err != nil {
		b.Fatal(err)
	}
	com, err := envelope.Commit(ctx, bytes.NewReader(plain), fx.secrets.ListingSalt, 64<<10)
	if err != nil {
		b.Fatal(err)
	}
	opened := fx.openedLog(b, fx.cfg.Escrow, testExchange)
	// The fixture's event names the fixture's root; this one names com.Root.
	vals, _ := mustArgs(b, tradeOpenedData).Unpack(opened.Data)
	vals[3] = com.Root
	if opened.Data, err = mustArgs(b, tradeOpenedData).Pack(vals...); err != nil {
		b.Fatal(err)
	}
	open := fx.chain.add("opened", opened)
	paid := fx.chain.add("paid", &types.Log{Address: fx.cfg.Escrow, Topics: []common.Hash{topicTradePaid, word(testTrade)}, Data: common.BigToHash(fx.price).Bytes()})
	b.SetBytes(int64(len(plain)))
	b.ResetTimer()
	for b.Loop() {
		fx.p.Forget(testTrade)
		if _, err := fx.p.OpenTrade(testTrade, open); err != nil {
			b.Fatal(err)
		}
		if err := fx.handOver(b, fx.secrets, fx.seller); err != nil {
			b.Fatal(err)
		}
		if f, err := fx.p.CheckData(ctx, testTrade, bytes.NewReader(sealed.Bytes()), int64(sealed.Len())); err != nil || f != nil {
			b.Fatalf("CheckData = %v, %v", f, err)
		}
		if _, err := fx.p.Commit(ctx, testTrade, paid); err != nil {
			b.Fatal(err)
		}
	}
}
