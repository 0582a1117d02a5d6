package devnode

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// BenchmarkTransfers measures how fast the node confirms plain transfers:
// b.N transactions, pre-signed, from 16 senders with a window of at most 64
// unconfirmed transactions each, sent through the in-process client. It
// reports confirmed tx/s and the mean number of transactions per block.
func BenchmarkTransfers(b *testing.B) {
	const senders, window = 16, 64
	n := startNode(b, b.TempDir(), func(c *Config) { c.DevAccounts = senders })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	c := n.Client()
	keys := n.DevKeys()
	per := (b.N + senders - 1) / senders
	txs := make([][]*types.Transaction, senders)
	for s := range senders {
		for i := range per {
			to := common.Address{byte(s), byte(i), byte(i >> 8)}
			txs[s] = append(txs[s], signTx(keys[s], n.ChainID(), uint64(i), &to, params.TxGas, 1, nil))
		}
	}
	startHead := n.Head().Number.Uint64()
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for s := range senders {
		wg.Add(1)
		go func(s int) {
			defer wg.Done()
			addr := n.DevAddresses()[s]
			var mined uint64
			for i, tx := range txs[s] {
				for uint64(i) >= mined+window {
					m, err := c.NonceAt(ctx, addr, nil)
					if err != nil {
						b.Error(err)
						return
					}
					if mined = m; uint64(i) >= mined+window {
						time.Sleep(time.Millisecond)
					}
				}
				if err := c.SendTransaction(ctx, tx); err != nil {
					b.Error(err)
					return
				}
			}
			for mined < uint64(len(txs[s])) {
				m, err := c.NonceAt(ctx, addr, nil)
				if err != nil {
					b.Error(err)
					return
				}
				mined = m
				time.Sleep(time.Millisecond)
			}
		}(s)
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	blocks := n.Head().Number.Uint64() - startHead
	b.ReportMetric(float64(per*senders)/elapsed.Seconds(), "tx/s")
	b.ReportMetric(float64(per*senders)/float64(max(blocks, 1)), "tx/block")
}
