// Package store keeps content-addressed blobs named by IPFS CIDs.
//
// A blob's CID is the root of the UnixFS DAG that `ipfs add` would build
// for the same bytes under the pinned import settings (DefaultParams), so a
// blob stored here can be pinned by any IPFS node, for example through a CAR
// file (ExportCAR, ImportCAR), and keep its name.
//
// Local is the on-disk backend: writes are atomic (no partial blob is ever
// visible, also after a crash mid-write) and every read is checked against
// the CID. The Store interface lets other backends, such as a Kubo RPC
// client, follow.
package store
