package board

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "board")
	defer os.RemoveAll(dir)

	platformKey, _ := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	sellerKey, _ := crypto.HexToECDSA("8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f")
	platform, seller := keySigner{platformKey}, keySigner{sellerKey}

	l, err := Open(ctx, Config{Path: filepath.Join(dir, "board.db"), Platform: platform})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer l.Close()

	// The seller announces that it sent the data of trade 7.
	e := Entry{
		TradeID: big.NewInt(7),
		Kind:    KindSend,
		Party:   seller.addr(),
		Content: crypto.Keccak256Hash([]byte("ciphertext")),
		Time:    time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC),
	}
	if err := e.Sign(seller); err != nil {
		fmt.Println(err)
		return
	}
	idx, err := l.Append(ctx, e)
	if err != nil {
		fmt.Println(err)
		return
	}
	old, _ := l.Checkpoint(ctx)

	// Later: the buyer's receipt.
	r := e
	r.Kind, r.Time = KindReceive, e.Time.Add(time.Minute)
	r.Party = platform.addr() // any party; here the platform relays for the buyer
	_ = r.Sign(platform)
	_, _ = l.Append(ctx, r)
	cur, _ := l.Checkpoint(ctx)

	// A client holding only the platform's address checks both claims.
	v := Verifier{Platform: platform.addr()}
	ip, _ := l.InclusionProof(ctx, idx, cur.Size)
	cp, _ := l.ConsistencyProof(ctx, old.Size, cur.Size)
	fmt.Println("entry", idx, "included:", v.VerifyInclusion(e, ip, cur) == nil)
	fmt.Println("log", old.Size, "→", cur.Size, "consistent:", v.VerifyConsistency(old, cur, cp) == nil)
	// Output:
	// entry 0 included: true
	// log 1 → 2 consistent: true
}
