// Package ganache starts and stops a Ganache chain (the npm package pinned
// in contracts/package.json, the chain of the BDTF paper) for tests and
// benchmarks that compare datatrade's embedded chain with it.
package ganache

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrNotInstalled is returned by Start when the ganache command is not
// installed and could not be installed.
var ErrNotInstalled = errors.New("ganache is not installed: run `npm ci` in contracts/")

// Options configures a Ganache instance.
type Options struct {
	// Keys are pre-funded with Balance wei each.
	Keys    []*ecdsa.PrivateKey
	Balance *big.Int
	// ChainID defaults to 1337.
	ChainID uint64
	// GasLimit is the block gas limit; 0 keeps Ganache's default.
	GasLimit uint64
	// Install runs `npm ci` in contracts/ when ganache is missing.
	Install bool
}

// Instance is a running Ganache.
type Instance struct {
	URL  string
	cmd  *exec.Cmd
	done chan struct{}
	out  *lockedBuffer

	closeOnce sync.Once
}

// Binary returns the path of the ganache command installed in contracts/,
// or of DATATRADE_GANACHE when set.
func Binary() (string, error) {
	if p := os.Getenv("DATATRADE_GANACHE"); p != "" {
		return p, nil
	}
	dir, err := contractsDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "node_modules", ".bin", "ganache"), nil
}

// contractsDir finds contracts/ by walking up from the working directory to
// the module root.
func contractsDir() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "contracts"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("ganache: no go.mod above the working directory: run from the datatrade checkout or set DATATRADE_GANACHE")
		}
		dir = parent
	}
}

// Install runs `npm ci` in contracts/ so that ganache is available.
func Install(ctx context.Context) error {
	dir, err := contractsDir()
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%w (npm ci failed: %v: %s)", ErrNotInstalled, err, bytes.TrimSpace(out))
	}
	return nil
}

// Start runs Ganache on a free loopback port and waits until it answers.
func Start(ctx context.Context, opts Options) (*Instance, error) {
	bin, err := Binary()
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(bin); err != nil {
		if !opts.Install {
			return nil, ErrNotInstalled
		}
		if err := Install(ctx); err != nil {
			return nil, err
		}
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	chainID := opts.ChainID
	if chainID == 0 {
		chainID = 1337
	}
	balance := opts.Balance
	if balance == nil {
		balance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	}
	args := []string{
		"--server.host", "127.0.0.1", "--server.port", strconv.Itoa(port),
		"--chain.chainId", strconv.FormatUint(chainID, 10), "--logging.quiet",
	}
	if opts.GasLimit != 0 {
		args = append(args, "--miner.blockGasLimit", strconv.FormatUint(opts.GasLimit, 10))
	}
	for _, k := range opts.Keys {
		args = append(args, "--wallet.accounts", hexutil.Encode(crypto.FromECDSA(k))+","+balance.String())
	}
	inst := &Instance{URL: fmt.Sprintf("http://127.0.0.1:%d", port), done: make(chan struct{}), out: &lockedBuffer{}}
	// The process must outlive Start's context: it is stopped by Close.
	inst.cmd = exec.Command(bin, args...)
	inst.cmd.Stdout, inst.cmd.Stderr = inst.out, inst.out
	if err := inst.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start ganache: %w", err)
	}
	go func() { _ = inst.cmd.Wait(); close(inst.done) }()
	if err := inst.waitReady(ctx); err != nil {
		inst.Close()
		return nil, err
	}
	return inst, nil
}

func (i *Instance) waitReady(ctx context.Context) error {
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-i.done:
			return fmt.Errorf("ganache exited: %s", bytes.TrimSpace(i.out.Bytes()))
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
		c, err := rpc.DialContext(ctx, i.URL)
		if err == nil {
			var id hexutil.Big
			err = c.CallContext(ctx, &id, "eth_chainId")
			c.Close()
			if err == nil {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("ganache did not answer on %s within 60s", i.URL)
}

// Close stops Ganache and waits for it to exit.
func (i *Instance) Close() {
	i.closeOnce.Do(func() {
		if i.cmd.Process != nil {
			_ = i.cmd.Process.Signal(os.Interrupt)
			select {
			case <-i.done:
			case <-time.After(5 * time.Second):
				_ = i.cmd.Process.Kill()
				<-i.done
			}
		}
	})
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// lockedBuffer collects the process's output for error messages.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.b.Len() > 64<<10 {
		return len(p), nil
	}
	return l.b.Write(p)
}

func (l *lockedBuffer) Bytes() []byte {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]byte(nil), l.b.Bytes()...)
}
