// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// MarketDemand is an auto generated low-level Go binding around an user-defined struct.
type MarketDemand struct {
	Buyer       common.Address
	Spec        string
	MaxPrice    *big.Int
	BuyerPubKey []byte
	Deadline    uint64
	Open        bool
}

// MarketListing is an auto generated low-level Go binding around an user-defined struct.
type MarketListing struct {
	ContentCid        string
	Root              [32]byte
	Size              uint64
	ChunkCount        uint32
	Fingerprint       [32]byte
	MetadataCid       string
	Price             *big.Int
	Licence           uint8
	PerUsePrice       *big.Int
	AcceptedExchanges []*big.Int
	PublishedBlock    uint64
	SampleSeed        [32]byte
	Active            bool
	Locked            bool
}

// MarketListingParams is an auto generated low-level Go binding around an user-defined struct.
type MarketListingParams struct {
	ContentCid        string
	Root              [32]byte
	Size              uint64
	ChunkCount        uint32
	Fingerprint       [32]byte
	MetadataCid       string
	Price             *big.Int
	Licence           uint8
	PerUsePrice       *big.Int
	AcceptedExchanges []*big.Int
}

// MarketOffer is an auto generated low-level Go binding around an user-defined struct.
type MarketOffer struct {
	ListingId *big.Int
	Seller    common.Address
	Price     *big.Int
	MadeAt    uint64
}

// MarketMetaData contains all meta data concerning the Market contract.
var MarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"DemandClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DemandExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyPubKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"escrow\",\"type\":\"address\"}],\"name\":\"EscrowAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"licence\",\"type\":\"uint8\"}],\"name\":\"InvalidLicence\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ListingAlreadyActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ListingInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ListingIsLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ListingNotLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDemandBuyer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotEscrow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSeller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"}],\"name\":\"OfferAboveMaxPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"SampleAlreadyFixed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"SampleNotFixed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"readyAtBlock\",\"type\":\"uint256\"}],\"name\":\"SampleNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyExchanges\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownDemand\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownListing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offerIndex\",\"type\":\"uint256\"}],\"name\":\"UnknownOffer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroChunks\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroPrice\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"DemandCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"spec\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"buyerPubKey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DemandPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"escrow\",\"type\":\"address\"}],\"name\":\"EscrowSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ListingDelisted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"locked\",\"type\":\"bool\"}],\"name\":\"ListingLockChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"perUsePrice\",\"type\":\"uint256\"}],\"name\":\"ListingPriceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"licence\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"perUsePrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"contentCid\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataCid\",\"type\":\"string\"}],\"name\":\"ListingPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ListingRelisted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"offerIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"OfferMade\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"name\":\"SampleFixed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHUNKS_PER_SAMPLE\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LICENCE_OWNERSHIP\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LICENCE_USE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ACCEPTED_EXCHANGES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SAMPLES\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exchangeId\",\"type\":\"uint256\"}],\"name\":\"acceptsExchange\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"cancelDemand\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"delist\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"demandCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrow\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"escrowTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"fixSample\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getDemand\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"spec\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"buyerPubKey\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Demand\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getListing\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"contentCid\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"chunkCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataCid\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"licence\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"perUsePrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"acceptedExchanges\",\"type\":\"uint256[]\"},{\"internalType\":\"uint64\",\"name\":\"publishedBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"sampleSeed\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"locked\",\"type\":\"bool\"}],\"internalType\":\"structMarket.Listing\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offerIndex\",\"type\":\"uint256\"}],\"name\":\"getOffer\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"madeAt\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.Offer\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"}],\"name\":\"getOffers\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"madeAt\",\"type\":\"uint64\"}],\"internalType\":\"structMarket.Offer[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"isLocked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"listingCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"lockListing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"demandId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"makeOffer\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"offerIndex\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"spec\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"buyerPubKey\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"postDemand\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"contentCid\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"chunkCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"fingerprint\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"metadataCid\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"licence\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"perUsePrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"acceptedExchanges\",\"type\":\"uint256[]\"}],\"internalType\":\"structMarket.ListingParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"relist\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"sampleFixed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"sampleIndices\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"out\",\"type\":\"uint32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"chunkCount\",\"type\":\"uint32\"}],\"name\":\"sampleSize\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"escrow_\",\"type\":\"address\"}],\"name\":\"setEscrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"unlockListing\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"perUsePrice\",\"type\":\"uint256\"}],\"name\":\"updatePrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Market",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161372c38038061372c83398101604081905261002e91610121565b8060405180604001604052806011815260200170646174617472616465206c697374696e6760781b8152506040518060400160405280600381526020016211151360ea1b815250815f908161008391906101e6565b50600161009082826101e6565b5050506001600160a01b0381166100c057604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6100c9816100d0565b50506102a0565b600680546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f60208284031215610131575f5ffd5b81516001600160a01b0381168114610147575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061017657607f821691505b60208210810361019457634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101e157805f5260205f20601f840160051c810160208510156101bf5750805b601f840160051c820191505b818110156101de575f81556001016101cb565b50505b505050565b81516001600160401b038111156101ff576101ff61014e565b6102138161020d8454610162565b8461019a565b6020601f821160018114610245575f831561022e5750848201515b5f19600385901b1c1916600184901b1784556101de565b5f84815260208120601f198516915b828110156102745787850151825560209485019460019092019101610254565b508482101561029157868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b61347f806102ad5f395ff3fe608060405234801561000f575f5ffd5b5060043610610276575f3560e01c80637d418ad111610156578063b8cb243d116100ca578063dfa49e6f11610084578063dfa49e6f14610595578063e210a72d146105b5578063e2fdcc17146105c8578063e985e9c5146105db578063f2fde38b146105ee578063f6aacfb114610601575f5ffd5b8063b8cb243d14610521578063c10c354614610534578063c87b56dd14610547578063d46c6acb1461055a578063d477a63014610562578063dcdd6dc814610582575f5ffd5b806397112c911161011b57806397112c91146104b95780639d65031e146104cc578063a22cb465146104df578063a52c428d146104f2578063a9b07c2614610505578063b88d4fde1461050e575f5ffd5b80637d418ad1146104735780638d8d2903146104865780638da5cb5b1461048d57806395d89b411461049e578063964bc33f146104a6575f5ffd5b80633cd0cd67116101ed5780634ee48284116101b25780634ee48284146104175780636352211e1461041f57806370a0823114610432578063715018a61461044557806374e21d8e1461044d5780637b398c1414610460575f5ffd5b80633cd0cd67146103a1578063404e4ab8146103c157806342842e0e146103de57806349bebd52146103f15780634a3f0bf914610404575f5ffd5b80630b8416fa1161023e5780630b8416fa1461030e5780630f43612914610321578063107a274a146103345780631ac2733c1461035457806323b872dd146103745780633503d81e14610387575f5ffd5b806301ffc9a71461027a57806303b2bf8e146102a257806306fdde03146102b9578063081812fc146102ce578063095ea7b3146102f9575b5f5ffd5b61028d61028836600461284a565b610614565b60405190151581526020015b60405180910390f35b6102ab60085481565b604051908152602001610299565b6102c1610665565b60405161029991906128a8565b6102e16102dc3660046128ba565b6106f4565b6040516001600160a01b039091168152602001610299565b61030c6103073660046128ec565b61071b565b005b6102ab61031c36600461296e565b61072a565b61030c61032f3660046129f4565b61092e565b6103476103423660046128ba565b6109f2565b6040516102999190612a57565b6103676103623660046128ba565b610cc0565b6040516102999190612b77565b61030c610382366004612bf7565b610e94565b61038f600181565b60405160ff9091168152602001610299565b6103b46103af366004612c31565b610f1d565b6040516102999190612c51565b6103c9600481565b60405163ffffffff9091168152602001610299565b61030c6103ec366004612bf7565b610ff9565b61030c6103ff3660046128ba565b611018565b61030c6104123660046128ba565b6110d2565b6103c9601481565b6102e161042d3660046128ba565b6111a5565b6102ab610440366004612c8e565b6111af565b61030c6111f4565b6102ab61045b366004612ca7565b611207565b61030c61046e3660046128ba565b611504565b61030c6104813660046128ba565b61161b565b61038f5f81565b6006546001600160a01b03166102e1565b6102c16116d3565b61030c6104b43660046128ba565b6116e2565b61028d6104c73660046128ba565b6117c4565b61028d6104da366004612c31565b6117e6565b61030c6104ed366004612cde565b61185c565b61030c6105003660046128ba565b611867565b6102ab60075481565b61030c61051c366004612d2b565b61192c565b61030c61052f366004612e05565b611943565b61030c610542366004612c8e565b611a48565b6102c16105553660046128ba565b611af9565b6102ab602081565b6105756105703660046128ba565b611b3b565b6040516102999190612e2f565b6103c9610590366004612e77565b611d01565b6105a86105a33660046128ba565b611d5a565b6040516102999190612e9a565b6102ab6105c33660046129f4565b611dfd565b6009546102e1906001600160a01b031681565b61028d6105e9366004612f0c565b612035565b61030c6105fc366004612c8e565b612062565b61028d61060f3660046128ba565b61209f565b5f6001600160e01b031982166380ac58cd60e01b148061064457506001600160e01b03198216635b5e139f60e01b145b8061065f57506301ffc9a760e01b6001600160e01b03198316145b92915050565b60605f805461067390612f34565b80601f016020809104026020016040519081016040528092919081815260200182805461069f90612f34565b80156106ea5780601f106106c1576101008083540402835291602001916106ea565b820191905f5260205f20905b8154815290600101906020018083116106cd57829003601f168201915b5050505050905090565b5f6106fe826120c6565b505f828152600460205260409020546001600160a01b031661065f565b6107268282336120fe565b5050565b5f42826001600160401b0316116107645760405163211baed760e01b81526001600160401b03831660048201526024015b60405180910390fd5b5f83900361078557604051633f26f9c760e21b815260040160405180910390fd5b60085f815461079390612f80565b91905081905590506040518060c00160405280336001600160a01b0316815260200188888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505090825250602080820188905260408051601f880183900483028101830182528781529201919087908790819084018382808284375f9201829052509385525050506001600160401b03851660208084019190915260016040938401819052858352600b825292909120835181546001600160a01b0319166001600160a01b039091161781559083015190918201906108819082612fdc565b5060408201516002820155606082015160038201906108a09082612fdc565b5060808201516004909101805460a0909301511515600160401b0268ffffffffffffffffff199093166001600160401b0390921691909117919091179055604051339082907fd2b76f2599e245f7a73729fd51805843020cdb1419dae867a0f914e2f0bfdca89061091c908b908b908b908b908b908b906130be565b60405180910390a39695505050505050565b826109388161210b565b33610942826111a5565b6001600160a01b03161461097257604051634a1233a960e01b81526004810182905233602482015260440161075b565b825f0361099257604051634dfba02360e01b815260040160405180910390fd5b5f848152600a6020908152604091829020600581018690556007810185905582518681529182018590529186917f36cfe22dfcf2d3781d9de6b307d67a5431b45492dad5e70e53dd4af34c25b84991015b60405180910390a25050505050565b610a78604051806101c00160405280606081526020015f81526020015f6001600160401b031681526020015f63ffffffff1681526020015f8152602001606081526020015f81526020015f60ff1681526020015f8152602001606081526020015f6001600160401b031681526020015f81526020015f151581526020015f151581525090565b610a818261210b565b5f828152600a60205260409081902081516101c08101909252805482908290610aa990612f34565b80601f0160208091040260200160405190810160405280929190818152602001828054610ad590612f34565b8015610b205780601f10610af757610100808354040283529160200191610b20565b820191905f5260205f20905b815481529060010190602001808311610b0357829003601f168201915b50505091835250506001820154602082015260028201546001600160401b0381166040830152600160401b900463ffffffff1660608201526003820154608082015260048201805460a090920191610b7790612f34565b80601f0160208091040260200160405190810160405280929190818152602001828054610ba390612f34565b8015610bee5780601f10610bc557610100808354040283529160200191610bee565b820191905f5260205f20905b815481529060010190602001808311610bd157829003601f168201915b5050505050815260200160058201548152602001600682015f9054906101000a900460ff1660ff1660ff1681526020016007820154815260200160088201805480602002602001604051908101604052809291908181526020018280548015610c7457602002820191905f5260205f20905b815481526020019060010190808311610c60575b505050918352505060098201546001600160401b03166020820152600a8201546040820152600b9091015460ff8082161515606084015261010090910416151560809091015292915050565b610d096040518060c001604052805f6001600160a01b03168152602001606081526020015f8152602001606081526020015f6001600160401b031681526020015f151581525090565b610d128261213a565b5f828152600b6020908152604091829020825160c0810190935280546001600160a01b031683526001810180549192840191610d4d90612f34565b80601f0160208091040260200160405190810160405280929190818152602001828054610d7990612f34565b8015610dc45780601f10610d9b57610100808354040283529160200191610dc4565b820191905f5260205f20905b815481529060010190602001808311610da757829003601f168201915b5050505050815260200160028201548152602001600382018054610de790612f34565b80601f0160208091040260200160405190810160405280929190818152602001828054610e1390612f34565b8015610e5e5780601f10610e3557610100808354040283529160200191610e5e565b820191905f5260205f20905b815481529060010190602001808311610e4157829003601f168201915b5050509183525050600491909101546001600160401b0381166020830152600160401b900460ff16151560409091015292915050565b6001600160a01b038216610ebd57604051633250574960e11b81525f600482015260240161075b565b5f610ec9838333612169565b9050836001600160a01b0316816001600160a01b031614610f17576040516364283d7b60e01b81526001600160a01b038086166004830152602482018490528216604482015260640161075b565b50505050565b604080516080810182525f808252602082018190529181018290526060810191909152610f498361213a565b5f838152600c60205260409020548210610f8057604051633186334760e21b8152600481018490526024810183905260440161075b565b5f838152600c60205260409020805483908110610f9f57610f9f613107565b5f9182526020918290206040805160808101825260049093029091018054835260018101546001600160a01b0316938301939093526002830154908201526003909101546001600160401b03166060820152905092915050565b61101383838360405180602001604052805f81525061192c565b505050565b6110218161213a565b5f818152600b6020526040902080546001600160a01b0316331461106157604051634a7949bd60e01b81526004810183905233602482015260440161075b565b6004810154600160401b900460ff1661109057604051636a276eed60e01b81526004810183905260240161075b565b60048101805468ff00000000000000001916905560405182907f9bad4d81c9fc409cabaf569c56c43b6399c5f6f136f717a3143354150fb5d876905f90a25050565b6009546001600160a01b0316331415806110f557506009546001600160a01b0316155b1561111557604051630447d9c560e11b815233600482015260240161075b565b61111e8161210b565b5f818152600a60205260409020600b810154610100900460ff16156111595760405163ab4670e560e01b81526004810183905260240161075b565b600b8101805461ff0019166101001790556040516001815282907fcc6207e32cc06bfdb7b683544cdbd6d4cff7238f3d81d98d7649f321b2c4a773906020015b60405180910390a25050565b5f61065f826120c6565b5f6001600160a01b0382166111d9576040516322718ad960e21b81525f600482015260240161075b565b506001600160a01b03165f9081526003602052604090205490565b6111fc6121cd565b6112055f6121fa565b565b5f602082013561122a5760405163b263ae7360e01b815260040160405180910390fd5b61123a6080830160608401612e77565b63ffffffff165f0361125f5760405163ca2468a760e01b815260040160405180910390fd5b8160c001355f0361128357604051634dfba02360e01b815260040160405180910390fd5b6001611296610100840160e0850161311b565b60ff1611156112cf576112b0610100830160e0840161311b565b6040516303c349d960e61b815260ff909116600482015260240161075b565b60206112df61012084018461313b565b9050111561131b576112f561012083018361313b565b60405163161fca9960e01b815261075b9250602090600401918252602082015260400190565b60075f815461132990612f80565b91829055505f818152600a602052604090209091506113488380613180565b82916113559190836131c2565b5060208301356001820155611370606084016040850161327b565b60028201805467ffffffffffffffff19166001600160401b03929092169190911790556113a36080840160608501612e77565b60028201805463ffffffff92909216600160401b026bffffffff000000000000000019909216919091179055608083013560038201556113e660a0840184613180565b60048301916113f69190836131c2565b5060c08301356005820155611412610100840160e0850161311b565b60068201805460ff191660ff92909216919091179055610100830135600782015561144161012084018461313b565b61144f9160088401916127d8565b5060098101805467ffffffffffffffff1916436001600160401b0316179055600b8101805460ff19166001179055611487338361224b565b33827f927db6002c8dcfe419613fb5ad249bb7177e9c1276bcd0ba5e7af8ceee2b39ce602086013560c08701356114c5610100890160e08a0161311b565b6101008901356114d58a80613180565b6114e260a08d018d613180565b6040516114f6989796959493929190613294565b60405180910390a350919050565b61150d8161210b565b5f818152600a602081905260409091209081015415611542576040516367e62c3560e01b81526004810183905260240161075b565b60098101545f9061155d906001600160401b031660026132e4565b90508043101561158a57604051634d98c97360e11b8152600481018490526024810182905260440161075b565b60098201545f906115a5906001600160401b031660016132e4565b409050806115bc576115b86001436132f7565b4090505b60408051602080820184905281830187905282518083038401815260608301938490528051910120600a86018190559182905285907fdfacc7b117f20a09b3550fe651a0ab10cabf81d7e873c0300a600993f275fa1f906080016109e3565b806116258161210b565b3361162f826111a5565b6001600160a01b03161461165f57604051634a1233a960e01b81526004810182905233602482015260440161075b565b5f828152600a60205260409020600b81015460ff161561169557604051634bff705760e11b81526004810184905260240161075b565b600b8101805460ff1916600117905560405183907fbf0011a0c0ea84b81967863063e685007fbc51101cfdcef6d0ddb1ca1b13611f905f90a2505050565b60606001805461067390612f34565b806116ec8161210b565b336116f6826111a5565b6001600160a01b03161461172657604051634a1233a960e01b81526004810182905233602482015260440161075b565b5f828152600a60205260409020600b810154610100900460ff16156117615760405163ab4670e560e01b81526004810184905260240161075b565b600b81015460ff166117895760405163161bec9760e01b81526004810184905260240161075b565b600b8101805460ff1916905560405183907f2afd4ea2d7bf18c95591897bdb7e3eabbfae6bf023628a69b59c1ac36bfe0be5905f90a2505050565b5f6117ce8261210b565b505f908152600a602081905260409091200154151590565b5f6117f08361210b565b5f838152600a60205260408120600801805490910361181357600191505061065f565b5f5b8154811015611852578382828154811061183157611831613107565b905f5260205f2001540361184a5760019250505061065f565b600101611815565b505f949350505050565b6107263383836122ac565b6009546001600160a01b03163314158061188a57506009546001600160a01b0316155b156118aa57604051630447d9c560e11b815233600482015260240161075b565b6118b38161210b565b5f818152600a60205260409020600b810154610100900460ff166118ed57604051635bef9c4f60e11b81526004810183905260240161075b565b600b8101805461ff00191690556040515f815282907fcc6207e32cc06bfdb7b683544cdbd6d4cff7238f3d81d98d7649f321b2c4a77390602001611199565b611937848484610e94565b610f178484848461234a565b6009546001600160a01b03163314158061196657506009546001600160a01b0316155b1561198657604051630447d9c560e11b815233600482015260240161075b565b61198f8261210b565b5f828152600a60205260409020600b810154610100900460ff166119c957604051635bef9c4f60e11b81526004810184905260240161075b565b600b8101805461ffff191690556040515f815283907fcc6207e32cc06bfdb7b683544cdbd6d4cff7238f3d81d98d7649f321b2c4a7739060200160405180910390a260405183907f2afd4ea2d7bf18c95591897bdb7e3eabbfae6bf023628a69b59c1ac36bfe0be5905f90a2611013611a41846111a5565b8385612470565b611a506121cd565b6009546001600160a01b031615611a8957600954604051631008115760e11b81526001600160a01b03909116600482015260240161075b565b6001600160a01b038116611ab05760405163d92e233d60e01b815260040160405180910390fd5b600980546001600160a01b0319166001600160a01b0383169081179091556040517fa585aec3a6cb0e1a084ed18c7638024e40cc3e3ea815166e2cb6fc17d7f1392b905f90a250565b6060611b048261210b565b5f828152600a60209081526040918290209151611b2592600401910161330a565b6040516020818303038152906040529050919050565b6060611b468261210b565b5f828152600a602081905260409091209081015480611b7b57604051630b5ab48160e21b81526004810185905260240161075b565b6002820154600160401b900463ffffffff165f611b9782611d01565b90508063ffffffff166001600160401b03811115611bb757611bb7612d17565b604051908082528060200260200182016040528015611be0578160200160208202803683370190505b5094505f805b8263ffffffff168263ffffffff161015611cf6575f8463ffffffff168683604051602001611c1e929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c611c4091906133a8565b90505f805b8463ffffffff168163ffffffff161015611c9c578263ffffffff168a8263ffffffff1681518110611c7857611c78613107565b602002602001015163ffffffff1603611c945760019150611c9c565b600101611c45565b5080611ce157818985611cae816133bb565b965063ffffffff1681518110611cc657611cc6613107565b602002602001019063ffffffff16908163ffffffff16815250505b50508080611cee90612f80565b915050611be6565b505050505050919050565b5f60018263ffffffff1611611d1757505f919050565b5f60146001611d2c8263ffffffff87166132e4565b611d3691906132f7565b611d4091906133df565b905060048111611d505780611d53565b60045b9392505050565b6060611d658261213a565b5f828152600c6020908152604080832080548251818502810185019093528083529193909284015b82821015611df2575f8481526020908190206040805160808101825260048602909201805483526001808201546001600160a01b031684860152600282015492840192909252600301546001600160401b031660608301529083529092019101611d8d565b505050509050919050565b5f82611e088161210b565b33611e12826111a5565b6001600160a01b031614611e4257604051634a1233a960e01b81526004810182905233602482015260440161075b565b611e4b8561213a565b5f858152600b602052604090206004810154600160401b900460ff16611e8757604051636a276eed60e01b81526004810187905260240161075b565b60048101546001600160401b03164210611eca57600481810154604051632bb97edf60e21b81529182018890526001600160401b0316602482015260440161075b565b5f858152600a60205260409020600b015460ff16611efe5760405163161bec9760e01b81526004810186905260240161075b565b835f03611f1e57604051634dfba02360e01b815260040160405180910390fd5b8060020154841115611f5357600281015460405163b4be363160e01b815261075b918691600401918252602082015260400190565b5f868152600c60209081526040808320805482516080810184528a8152338186018181528286018c8152426001600160401b039081166060860190815260018088018955978b5299899020945160048702909501948555915195840180546001600160a01b0319166001600160a01b03909716969096179095559351600283015595516003909101805467ffffffffffffffff1916919093161790915581518181529283018890529550879189917f774401d0e3a1695927e2a5a64043f1e8fc0405b5037e975cdcbc1e9f9950f556910160405180910390a450509392505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b61206a6121cd565b6001600160a01b03811661209357604051631e4fbdf760e01b81525f600482015260240161075b565b61209c816121fa565b50565b5f6120a98261210b565b505f908152600a60205260409020600b0154610100900460ff1690565b5f818152600260205260408120546001600160a01b03168061065f57604051637e27328960e01b81526004810184905260240161075b565b611013838383600161251d565b801580612119575060075481115b1561209c576040516358a30b2d60e11b81526004810182905260240161075b565b801580612148575060085481115b1561209c57604051637be6058560e01b81526004810182905260240161075b565b5f828152600a60205260408120600b0154610100900460ff16801561219957506009546001600160a01b03163314155b156121ba5760405163ab4670e560e01b81526004810184905260240161075b565b6121c5848484612621565b949350505050565b6006546001600160a01b031633146112055760405163118cdaa760e01b815233600482015260240161075b565b600680546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b03821661227457604051633250574960e11b81525f600482015260240161075b565b5f61228083835f612169565b90506001600160a01b03811615611013576040516339e3563760e11b81525f600482015260240161075b565b6001600160a01b0382166122de57604051630b61174360e31b81526001600160a01b038316600482015260240161075b565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b15610f1757604051630a85bd0160e11b81526001600160a01b0384169063150b7a029061238c9033908890879087906004016133f2565b6020604051808303815f875af19250505080156123c6575060408051601f3d908101601f191682019092526123c39181019061342e565b60015b61242d573d8080156123f3576040519150601f19603f3d011682016040523d82523d5f602084013e6123f8565b606091505b5080515f0361242557604051633250574960e11b81526001600160a01b038516600482015260240161075b565b805181602001fd5b6001600160e01b03198116630a85bd0160e11b1461246957604051633250574960e11b81526001600160a01b038516600482015260240161075b565b5050505050565b6001600160a01b03821661249957604051633250574960e11b81525f600482015260240161075b565b5f6124a583835f612169565b90506001600160a01b0381166124d157604051637e27328960e01b81526004810183905260240161075b565b836001600160a01b0316816001600160a01b031614610f17576040516364283d7b60e01b81526001600160a01b038086166004830152602482018490528216604482015260640161075b565b808061253157506001600160a01b03821615155b156125f2575f612540846120c6565b90506001600160a01b0383161580159061256c5750826001600160a01b0316816001600160a01b031614155b801561257f575061257d8184612035565b155b156125a85760405163a9fbf51f60e01b81526001600160a01b038416600482015260240161075b565b81156125f05783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f828152600260205260408120546001600160a01b039081169083161561264d5761264d818486612713565b6001600160a01b03811615612687576126685f855f5f61251d565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b038516156126b5576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b61271e838383612777565b611013576001600160a01b03831661274c57604051637e27328960e01b81526004810182905260240161075b565b60405163177e802f60e01b81526001600160a01b03831660048201526024810182905260440161075b565b5f6001600160a01b038316158015906121c55750826001600160a01b0316846001600160a01b031614806127b057506127b08484612035565b806121c55750505f908152600460205260409020546001600160a01b03908116911614919050565b828054828255905f5260205f20908101928215612811579160200282015b828111156128115782358255916020019190600101906127f6565b5061281d929150612821565b5090565b5b8082111561281d575f8155600101612822565b6001600160e01b03198116811461209c575f5ffd5b5f6020828403121561285a575f5ffd5b8135611d5381612835565b5f81518084525f5b818110156128895760208185018101518683018201520161286d565b505f602082860101526020601f19601f83011685010191505092915050565b602081525f611d536020830184612865565b5f602082840312156128ca575f5ffd5b5035919050565b80356001600160a01b03811681146128e7575f5ffd5b919050565b5f5f604083850312156128fd575f5ffd5b612906836128d1565b946020939093013593505050565b5f5f83601f840112612924575f5ffd5b5081356001600160401b0381111561293a575f5ffd5b602083019150836020828501011115612951575f5ffd5b9250929050565b80356001600160401b03811681146128e7575f5ffd5b5f5f5f5f5f5f60808789031215612983575f5ffd5b86356001600160401b03811115612998575f5ffd5b6129a489828a01612914565b9097509550506020870135935060408701356001600160401b038111156129c9575f5ffd5b6129d589828a01612914565b90945092506129e8905060608801612958565b90509295509295509295565b5f5f5f60608486031215612a06575f5ffd5b505081359360208301359350604090920135919050565b5f8151808452602084019350602083015f5b82811015612a4d578151865260209586019590910190600101612a2f565b5093949350505050565b602081525f82516101c06020840152612a746101e0840182612865565b9050602084015160408401526040840151612a9a60608501826001600160401b03169052565b50606084015163ffffffff8116608085015250608084015160a084015260a0840151601f198483030160c0850152612ad28282612865565b91505060c084015160e084015260e0840151612af461010085018260ff169052565b50610100840151610120840152610120840151601f1984830301610140850152612b1e8282612a1d565b915050610140840151612b3d6101608501826001600160401b03169052565b50610160840151610180840152610180840151612b5f6101a085018215159052565b506101a08401518015156101c0850152509392505050565b602080825282516001600160a01b03168282015282015160c060408301525f90612ba460e0840182612865565b9050604084015160608401526060840151601f19848303016080850152612bcb8282612865565b9150506001600160401b0360808501511660a084015260a0840151151560c08401528091505092915050565b5f5f5f60608486031215612c09575f5ffd5b612c12846128d1565b9250612c20602085016128d1565b929592945050506040919091013590565b5f5f60408385031215612c42575f5ffd5b50508035926020909101359150565b815181526020808301516001600160a01b031690820152604080830151908201526060808301516001600160401b0316908201526080810161065f565b5f60208284031215612c9e575f5ffd5b611d53826128d1565b5f60208284031215612cb7575f5ffd5b81356001600160401b03811115612ccc575f5ffd5b82016101408185031215611d53575f5ffd5b5f5f60408385031215612cef575f5ffd5b612cf8836128d1565b915060208301358015158114612d0c575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215612d3e575f5ffd5b612d47856128d1565b9350612d55602086016128d1565b92506040850135915060608501356001600160401b03811115612d76575f5ffd5b8501601f81018713612d86575f5ffd5b80356001600160401b03811115612d9f57612d9f612d17565b604051601f8201601f19908116603f011681016001600160401b0381118282101715612dcd57612dcd612d17565b604052818152828201602001891015612de4575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f60408385031215612e16575f5ffd5b82359150612e26602084016128d1565b90509250929050565b602080825282518282018190525f918401906040840190835b81811015612e6c57835163ffffffff16835260209384019390920191600101612e48565b509095945050505050565b5f60208284031215612e87575f5ffd5b813563ffffffff81168114611d53575f5ffd5b602080825282518282018190525f918401906040840190835b81811015612e6c57612ef6838551805182526020808201516001600160a01b031690830152604080820151908301526060908101516001600160401b0316910152565b6020939093019260809290920191600101612eb3565b5f5f60408385031215612f1d575f5ffd5b612f26836128d1565b9150612e26602084016128d1565b600181811c90821680612f4857607f821691505b602082108103612f6657634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b5f60018201612f9157612f91612f6c565b5060010190565b601f82111561101357805f5260205f20601f840160051c81016020851015612fbd5750805b601f840160051c820191505b81811015612469575f8155600101612fc9565b81516001600160401b03811115612ff557612ff5612d17565b613009816130038454612f34565b84612f98565b6020601f82116001811461303b575f83156130245750848201515b5f19600385901b1c1916600184901b178455612469565b5f84815260208120601f198516915b8281101561306a578785015182556020948501946001909201910161304a565b508482101561308757868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b608081525f6130d160808301888a613096565b86602084015282810360408401526130ea818688613096565b9150506001600160401b0383166060830152979650505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f6020828403121561312b575f5ffd5b813560ff81168114611d53575f5ffd5b5f5f8335601e19843603018112613150575f5ffd5b8301803591506001600160401b03821115613169575f5ffd5b6020019150600581901b3603821315612951575f5ffd5b5f5f8335601e19843603018112613195575f5ffd5b8301803591506001600160401b038211156131ae575f5ffd5b602001915036819003821315612951575f5ffd5b6001600160401b038311156131d9576131d9612d17565b6131ed836131e78354612f34565b83612f98565b5f601f84116001811461321e575f85156132075750838201355b5f19600387901b1c1916600186901b178355612469565b5f83815260208120601f198716915b8281101561324d578685013582556020948501946001909201910161322d565b5086821015613269575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f6020828403121561328b575f5ffd5b611d5382612958565b88815287602082015260ff8716604082015285606082015260c060808201525f6132c260c083018688613096565b82810360a08401526132d5818587613096565b9b9a5050505050505050505050565b8082018082111561065f5761065f612f6c565b8181038181111561065f5761065f612f6c565b66697066733a2f2f60c81b81525f5f835461332481612f34565b60018216801561333b576001811461335657613389565b60ff1983166007870152600782151583028701019350613389565b865f5260205f205f5b8381101561337e5781548882016007015260019091019060200161335f565b505060078287010193505b509195945050505050565b634e487b7160e01b5f52601260045260245ffd5b5f826133b6576133b6613394565b500690565b5f63ffffffff821663ffffffff81036133d6576133d6612f6c565b60010192915050565b5f826133ed576133ed613394565b500490565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061342490830184612865565b9695505050505050565b5f6020828403121561343e575f5ffd5b8151611d538161283556fea2646970667358221220ecbb678161cc36a5f2e5ef9aa6ea3369c88862e0694dd2048176a9cb51e34b0864736f6c634300081c0033",
}

// Market is an auto generated Go binding around an Ethereum contract.
type Market struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Market) GetABI() abi.ABI {
	return c.abi
}

// NewMarket creates a new instance of Market.
func NewMarket() *Market {
	parsed, err := MarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Market{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Market) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (market *Market) PackConstructor(admin common.Address) []byte {
	enc, err := market.abi.Pack("", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCHUNKSPERSAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ee48284.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CHUNKS_PER_SAMPLE() view returns(uint32)
func (market *Market) PackCHUNKSPERSAMPLE() []byte {
	enc, err := market.abi.Pack("CHUNKS_PER_SAMPLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCHUNKSPERSAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ee48284.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CHUNKS_PER_SAMPLE() view returns(uint32)
func (market *Market) TryPackCHUNKSPERSAMPLE() ([]byte, error) {
	return market.abi.Pack("CHUNKS_PER_SAMPLE")
}

// UnpackCHUNKSPERSAMPLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ee48284.
//
// Solidity: function CHUNKS_PER_SAMPLE() view returns(uint32)
func (market *Market) UnpackCHUNKSPERSAMPLE(data []byte) (uint32, error) {
	out, err := market.abi.Unpack("CHUNKS_PER_SAMPLE", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackLICENCEOWNERSHIP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8d2903.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LICENCE_OWNERSHIP() view returns(uint8)
func (market *Market) PackLICENCEOWNERSHIP() []byte {
	enc, err := market.abi.Pack("LICENCE_OWNERSHIP")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLICENCEOWNERSHIP is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8d2903.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LICENCE_OWNERSHIP() view returns(uint8)
func (market *Market) TryPackLICENCEOWNERSHIP() ([]byte, error) {
	return market.abi.Pack("LICENCE_OWNERSHIP")
}

// UnpackLICENCEOWNERSHIP is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8d8d2903.
//
// Solidity: function LICENCE_OWNERSHIP() view returns(uint8)
func (market *Market) UnpackLICENCEOWNERSHIP(data []byte) (uint8, error) {
	out, err := market.abi.Unpack("LICENCE_OWNERSHIP", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackLICENCEUSE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3503d81e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LICENCE_USE() view returns(uint8)
func (market *Market) PackLICENCEUSE() []byte {
	enc, err := market.abi.Pack("LICENCE_USE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLICENCEUSE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3503d81e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LICENCE_USE() view returns(uint8)
func (market *Market) TryPackLICENCEUSE() ([]byte, error) {
	return market.abi.Pack("LICENCE_USE")
}

// UnpackLICENCEUSE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3503d81e.
//
// Solidity: function LICENCE_USE() view returns(uint8)
func (market *Market) UnpackLICENCEUSE(data []byte) (uint8, error) {
	out, err := market.abi.Unpack("LICENCE_USE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMAXACCEPTEDEXCHANGES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd46c6acb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ACCEPTED_EXCHANGES() view returns(uint256)
func (market *Market) PackMAXACCEPTEDEXCHANGES() []byte {
	enc, err := market.abi.Pack("MAX_ACCEPTED_EXCHANGES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXACCEPTEDEXCHANGES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd46c6acb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ACCEPTED_EXCHANGES() view returns(uint256)
func (market *Market) TryPackMAXACCEPTEDEXCHANGES() ([]byte, error) {
	return market.abi.Pack("MAX_ACCEPTED_EXCHANGES")
}

// UnpackMAXACCEPTEDEXCHANGES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd46c6acb.
//
// Solidity: function MAX_ACCEPTED_EXCHANGES() view returns(uint256)
func (market *Market) UnpackMAXACCEPTEDEXCHANGES(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("MAX_ACCEPTED_EXCHANGES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSAMPLES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x404e4ab8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SAMPLES() view returns(uint32)
func (market *Market) PackMAXSAMPLES() []byte {
	enc, err := market.abi.Pack("MAX_SAMPLES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSAMPLES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x404e4ab8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SAMPLES() view returns(uint32)
func (market *Market) TryPackMAXSAMPLES() ([]byte, error) {
	return market.abi.Pack("MAX_SAMPLES")
}

// UnpackMAXSAMPLES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x404e4ab8.
//
// Solidity: function MAX_SAMPLES() view returns(uint32)
func (market *Market) UnpackMAXSAMPLES(data []byte) (uint32, error) {
	out, err := market.abi.Unpack("MAX_SAMPLES", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackAcceptsExchange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d65031e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptsExchange(uint256 id, uint256 exchangeId) view returns(bool)
func (market *Market) PackAcceptsExchange(id *big.Int, exchangeId *big.Int) []byte {
	enc, err := market.abi.Pack("acceptsExchange", id, exchangeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptsExchange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d65031e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptsExchange(uint256 id, uint256 exchangeId) view returns(bool)
func (market *Market) TryPackAcceptsExchange(id *big.Int, exchangeId *big.Int) ([]byte, error) {
	return market.abi.Pack("acceptsExchange", id, exchangeId)
}

// UnpackAcceptsExchange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d65031e.
//
// Solidity: function acceptsExchange(uint256 id, uint256 exchangeId) view returns(bool)
func (market *Market) UnpackAcceptsExchange(data []byte) (bool, error) {
	out, err := market.abi.Unpack("acceptsExchange", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (market *Market) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := market.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (market *Market) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return market.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (market *Market) PackBalanceOf(owner common.Address) []byte {
	enc, err := market.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (market *Market) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return market.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (market *Market) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelDemand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49bebd52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDemand(uint256 id) returns()
func (market *Market) PackCancelDemand(id *big.Int) []byte {
	enc, err := market.abi.Pack("cancelDemand", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDemand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49bebd52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDemand(uint256 id) returns()
func (market *Market) TryPackCancelDemand(id *big.Int) ([]byte, error) {
	return market.abi.Pack("cancelDemand", id)
}

// PackDelist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x964bc33f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delist(uint256 id) returns()
func (market *Market) PackDelist(id *big.Int) []byte {
	enc, err := market.abi.Pack("delist", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x964bc33f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delist(uint256 id) returns()
func (market *Market) TryPackDelist(id *big.Int) ([]byte, error) {
	return market.abi.Pack("delist", id)
}

// PackDemandCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03b2bf8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function demandCount() view returns(uint256)
func (market *Market) PackDemandCount() []byte {
	enc, err := market.abi.Pack("demandCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDemandCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03b2bf8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function demandCount() view returns(uint256)
func (market *Market) TryPackDemandCount() ([]byte, error) {
	return market.abi.Pack("demandCount")
}

// UnpackDemandCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03b2bf8e.
//
// Solidity: function demandCount() view returns(uint256)
func (market *Market) UnpackDemandCount(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("demandCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrow() view returns(address)
func (market *Market) PackEscrow() []byte {
	enc, err := market.abi.Pack("escrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrow() view returns(address)
func (market *Market) TryPackEscrow() ([]byte, error) {
	return market.abi.Pack("escrow")
}

// UnpackEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2fdcc17.
//
// Solidity: function escrow() view returns(address)
func (market *Market) UnpackEscrow(data []byte) (common.Address, error) {
	out, err := market.abi.Unpack("escrow", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEscrowTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8cb243d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowTransfer(uint256 id, address to) returns()
func (market *Market) PackEscrowTransfer(id *big.Int, to common.Address) []byte {
	enc, err := market.abi.Pack("escrowTransfer", id, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8cb243d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowTransfer(uint256 id, address to) returns()
func (market *Market) TryPackEscrowTransfer(id *big.Int, to common.Address) ([]byte, error) {
	return market.abi.Pack("escrowTransfer", id, to)
}

// PackFixSample is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b398c14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fixSample(uint256 id) returns()
func (market *Market) PackFixSample(id *big.Int) []byte {
	enc, err := market.abi.Pack("fixSample", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFixSample is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b398c14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fixSample(uint256 id) returns()
func (market *Market) TryPackFixSample(id *big.Int) ([]byte, error) {
	return market.abi.Pack("fixSample", id)
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (market *Market) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := market.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (market *Market) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return market.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (market *Market) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := market.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetDemand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ac2733c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDemand(uint256 id) view returns((address,string,uint256,bytes,uint64,bool))
func (market *Market) PackGetDemand(id *big.Int) []byte {
	enc, err := market.abi.Pack("getDemand", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDemand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ac2733c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDemand(uint256 id) view returns((address,string,uint256,bytes,uint64,bool))
func (market *Market) TryPackGetDemand(id *big.Int) ([]byte, error) {
	return market.abi.Pack("getDemand", id)
}

// UnpackGetDemand is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ac2733c.
//
// Solidity: function getDemand(uint256 id) view returns((address,string,uint256,bytes,uint64,bool))
func (market *Market) UnpackGetDemand(data []byte) (MarketDemand, error) {
	out, err := market.abi.Unpack("getDemand", data)
	if err != nil {
		return *new(MarketDemand), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketDemand)).(*MarketDemand)
	return out0, nil
}

// PackGetListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x107a274a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getListing(uint256 id) view returns((string,bytes32,uint64,uint32,bytes32,string,uint256,uint8,uint256,uint256[],uint64,bytes32,bool,bool))
func (market *Market) PackGetListing(id *big.Int) []byte {
	enc, err := market.abi.Pack("getListing", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x107a274a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getListing(uint256 id) view returns((string,bytes32,uint64,uint32,bytes32,string,uint256,uint8,uint256,uint256[],uint64,bytes32,bool,bool))
func (market *Market) TryPackGetListing(id *big.Int) ([]byte, error) {
	return market.abi.Pack("getListing", id)
}

// UnpackGetListing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x107a274a.
//
// Solidity: function getListing(uint256 id) view returns((string,bytes32,uint64,uint32,bytes32,string,uint256,uint8,uint256,uint256[],uint64,bytes32,bool,bool))
func (market *Market) UnpackGetListing(data []byte) (MarketListing, error) {
	out, err := market.abi.Unpack("getListing", data)
	if err != nil {
		return *new(MarketListing), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketListing)).(*MarketListing)
	return out0, nil
}

// PackGetOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cd0cd67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOffer(uint256 demandId, uint256 offerIndex) view returns((uint256,address,uint256,uint64))
func (market *Market) PackGetOffer(demandId *big.Int, offerIndex *big.Int) []byte {
	enc, err := market.abi.Pack("getOffer", demandId, offerIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3cd0cd67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOffer(uint256 demandId, uint256 offerIndex) view returns((uint256,address,uint256,uint64))
func (market *Market) TryPackGetOffer(demandId *big.Int, offerIndex *big.Int) ([]byte, error) {
	return market.abi.Pack("getOffer", demandId, offerIndex)
}

// UnpackGetOffer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3cd0cd67.
//
// Solidity: function getOffer(uint256 demandId, uint256 offerIndex) view returns((uint256,address,uint256,uint64))
func (market *Market) UnpackGetOffer(data []byte) (MarketOffer, error) {
	out, err := market.abi.Unpack("getOffer", data)
	if err != nil {
		return *new(MarketOffer), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketOffer)).(*MarketOffer)
	return out0, nil
}

// PackGetOffers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfa49e6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOffers(uint256 demandId) view returns((uint256,address,uint256,uint64)[])
func (market *Market) PackGetOffers(demandId *big.Int) []byte {
	enc, err := market.abi.Pack("getOffers", demandId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOffers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfa49e6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOffers(uint256 demandId) view returns((uint256,address,uint256,uint64)[])
func (market *Market) TryPackGetOffers(demandId *big.Int) ([]byte, error) {
	return market.abi.Pack("getOffers", demandId)
}

// UnpackGetOffers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdfa49e6f.
//
// Solidity: function getOffers(uint256 demandId) view returns((uint256,address,uint256,uint64)[])
func (market *Market) UnpackGetOffers(data []byte) ([]MarketOffer, error) {
	out, err := market.abi.Unpack("getOffers", data)
	if err != nil {
		return *new([]MarketOffer), err
	}
	out0 := *abi.ConvertType(out[0], new([]MarketOffer)).(*[]MarketOffer)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (market *Market) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := market.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (market *Market) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return market.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (market *Market) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := market.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6aacfb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isLocked(uint256 id) view returns(bool)
func (market *Market) PackIsLocked(id *big.Int) []byte {
	enc, err := market.abi.Pack("isLocked", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6aacfb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isLocked(uint256 id) view returns(bool)
func (market *Market) TryPackIsLocked(id *big.Int) ([]byte, error) {
	return market.abi.Pack("isLocked", id)
}

// UnpackIsLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6aacfb1.
//
// Solidity: function isLocked(uint256 id) view returns(bool)
func (market *Market) UnpackIsLocked(data []byte) (bool, error) {
	out, err := market.abi.Unpack("isLocked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackListingCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9b07c26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listingCount() view returns(uint256)
func (market *Market) PackListingCount() []byte {
	enc, err := market.abi.Pack("listingCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListingCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9b07c26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listingCount() view returns(uint256)
func (market *Market) TryPackListingCount() ([]byte, error) {
	return market.abi.Pack("listingCount")
}

// UnpackListingCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9b07c26.
//
// Solidity: function listingCount() view returns(uint256)
func (market *Market) UnpackListingCount(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("listingCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLockListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a3f0bf9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockListing(uint256 id) returns()
func (market *Market) PackLockListing(id *big.Int) []byte {
	enc, err := market.abi.Pack("lockListing", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a3f0bf9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockListing(uint256 id) returns()
func (market *Market) TryPackLockListing(id *big.Int) ([]byte, error) {
	return market.abi.Pack("lockListing", id)
}

// PackMakeOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe210a72d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function makeOffer(uint256 demandId, uint256 listingId, uint256 price) returns(uint256 offerIndex)
func (market *Market) PackMakeOffer(demandId *big.Int, listingId *big.Int, price *big.Int) []byte {
	enc, err := market.abi.Pack("makeOffer", demandId, listingId, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMakeOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe210a72d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function makeOffer(uint256 demandId, uint256 listingId, uint256 price) returns(uint256 offerIndex)
func (market *Market) TryPackMakeOffer(demandId *big.Int, listingId *big.Int, price *big.Int) ([]byte, error) {
	return market.abi.Pack("makeOffer", demandId, listingId, price)
}

// UnpackMakeOffer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe210a72d.
//
// Solidity: function makeOffer(uint256 demandId, uint256 listingId, uint256 price) returns(uint256 offerIndex)
func (market *Market) UnpackMakeOffer(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("makeOffer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (market *Market) PackName() []byte {
	enc, err := market.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (market *Market) TryPackName() ([]byte, error) {
	return market.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (market *Market) UnpackName(data []byte) (string, error) {
	out, err := market.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (market *Market) PackOwner() []byte {
	enc, err := market.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (market *Market) TryPackOwner() ([]byte, error) {
	return market.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (market *Market) UnpackOwner(data []byte) (common.Address, error) {
	out, err := market.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (market *Market) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := market.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (market *Market) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return market.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (market *Market) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := market.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPostDemand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b8416fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postDemand(string spec, uint256 maxPrice, bytes buyerPubKey, uint64 deadline) returns(uint256 id)
func (market *Market) PackPostDemand(spec string, maxPrice *big.Int, buyerPubKey []byte, deadline uint64) []byte {
	enc, err := market.abi.Pack("postDemand", spec, maxPrice, buyerPubKey, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostDemand is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b8416fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postDemand(string spec, uint256 maxPrice, bytes buyerPubKey, uint64 deadline) returns(uint256 id)
func (market *Market) TryPackPostDemand(spec string, maxPrice *big.Int, buyerPubKey []byte, deadline uint64) ([]byte, error) {
	return market.abi.Pack("postDemand", spec, maxPrice, buyerPubKey, deadline)
}

// UnpackPostDemand is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0b8416fa.
//
// Solidity: function postDemand(string spec, uint256 maxPrice, bytes buyerPubKey, uint64 deadline) returns(uint256 id)
func (market *Market) UnpackPostDemand(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("postDemand", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74e21d8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publish((string,bytes32,uint64,uint32,bytes32,string,uint256,uint8,uint256,uint256[]) p) returns(uint256 id)
func (market *Market) PackPublish(p MarketListingParams) []byte {
	enc, err := market.abi.Pack("publish", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74e21d8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publish((string,bytes32,uint64,uint32,bytes32,string,uint256,uint8,uint256,uint256[]) p) returns(uint256 id)
func (market *Market) TryPackPublish(p MarketListingParams) ([]byte, error) {
	return market.abi.Pack("publish", p)
}

// UnpackPublish is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74e21d8e.
//
// Solidity: function publish((string,bytes32,uint64,uint32,bytes32,string,uint256,uint8,uint256,uint256[]) p) returns(uint256 id)
func (market *Market) UnpackPublish(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("publish", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d418ad1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function relist(uint256 id) returns()
func (market *Market) PackRelist(id *big.Int) []byte {
	enc, err := market.abi.Pack("relist", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d418ad1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function relist(uint256 id) returns()
func (market *Market) TryPackRelist(id *big.Int) ([]byte, error) {
	return market.abi.Pack("relist", id)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (market *Market) PackRenounceOwnership() []byte {
	enc, err := market.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (market *Market) TryPackRenounceOwnership() ([]byte, error) {
	return market.abi.Pack("renounceOwnership")
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (market *Market) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := market.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (market *Market) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return market.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (market *Market) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := market.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (market *Market) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return market.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSampleFixed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97112c91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sampleFixed(uint256 id) view returns(bool)
func (market *Market) PackSampleFixed(id *big.Int) []byte {
	enc, err := market.abi.Pack("sampleFixed", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSampleFixed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97112c91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sampleFixed(uint256 id) view returns(bool)
func (market *Market) TryPackSampleFixed(id *big.Int) ([]byte, error) {
	return market.abi.Pack("sampleFixed", id)
}

// UnpackSampleFixed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97112c91.
//
// Solidity: function sampleFixed(uint256 id) view returns(bool)
func (market *Market) UnpackSampleFixed(data []byte) (bool, error) {
	out, err := market.abi.Unpack("sampleFixed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSampleIndices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd477a630.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sampleIndices(uint256 id) view returns(uint32[] out)
func (market *Market) PackSampleIndices(id *big.Int) []byte {
	enc, err := market.abi.Pack("sampleIndices", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSampleIndices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd477a630.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sampleIndices(uint256 id) view returns(uint32[] out)
func (market *Market) TryPackSampleIndices(id *big.Int) ([]byte, error) {
	return market.abi.Pack("sampleIndices", id)
}

// UnpackSampleIndices is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd477a630.
//
// Solidity: function sampleIndices(uint256 id) view returns(uint32[] out)
func (market *Market) UnpackSampleIndices(data []byte) ([]uint32, error) {
	out, err := market.abi.Unpack("sampleIndices", data)
	if err != nil {
		return *new([]uint32), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	return out0, nil
}

// PackSampleSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdcdd6dc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sampleSize(uint32 chunkCount) pure returns(uint32)
func (market *Market) PackSampleSize(chunkCount uint32) []byte {
	enc, err := market.abi.Pack("sampleSize", chunkCount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSampleSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdcdd6dc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sampleSize(uint32 chunkCount) pure returns(uint32)
func (market *Market) TryPackSampleSize(chunkCount uint32) ([]byte, error) {
	return market.abi.Pack("sampleSize", chunkCount)
}

// UnpackSampleSize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdcdd6dc8.
//
// Solidity: function sampleSize(uint32 chunkCount) pure returns(uint32)
func (market *Market) UnpackSampleSize(data []byte) (uint32, error) {
	out, err := market.abi.Unpack("sampleSize", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (market *Market) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := market.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (market *Market) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return market.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc10c3546.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEscrow(address escrow_) returns()
func (market *Market) PackSetEscrow(escrow common.Address) []byte {
	enc, err := market.abi.Pack("setEscrow", escrow)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc10c3546.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEscrow(address escrow_) returns()
func (market *Market) TryPackSetEscrow(escrow common.Address) ([]byte, error) {
	return market.abi.Pack("setEscrow", escrow)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (market *Market) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := market.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (market *Market) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return market.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (market *Market) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := market.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (market *Market) PackSymbol() []byte {
	enc, err := market.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (market *Market) TryPackSymbol() ([]byte, error) {
	return market.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (market *Market) UnpackSymbol(data []byte) (string, error) {
	out, err := market.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 id) view returns(string)
func (market *Market) PackTokenURI(id *big.Int) []byte {
	enc, err := market.abi.Pack("tokenURI", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 id) view returns(string)
func (market *Market) TryPackTokenURI(id *big.Int) ([]byte, error) {
	return market.abi.Pack("tokenURI", id)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 id) view returns(string)
func (market *Market) UnpackTokenURI(data []byte) (string, error) {
	out, err := market.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (market *Market) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := market.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (market *Market) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return market.abi.Pack("transferFrom", from, to, tokenId)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (market *Market) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := market.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (market *Market) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return market.abi.Pack("transferOwnership", newOwner)
}

// PackUnlockListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa52c428d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unlockListing(uint256 id) returns()
func (market *Market) PackUnlockListing(id *big.Int) []byte {
	enc, err := market.abi.Pack("unlockListing", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnlockListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa52c428d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unlockListing(uint256 id) returns()
func (market *Market) TryPackUnlockListing(id *big.Int) ([]byte, error) {
	return market.abi.Pack("unlockListing", id)
}

// PackUpdatePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f436129.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updatePrice(uint256 id, uint256 price, uint256 perUsePrice) returns()
func (market *Market) PackUpdatePrice(id *big.Int, price *big.Int, perUsePrice *big.Int) []byte {
	enc, err := market.abi.Pack("updatePrice", id, price, perUsePrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdatePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f436129.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updatePrice(uint256 id, uint256 price, uint256 perUsePrice) returns()
func (market *Market) TryPackUpdatePrice(id *big.Int, price *big.Int, perUsePrice *big.Int) ([]byte, error) {
	return market.abi.Pack("updatePrice", id, price, perUsePrice)
}

// MarketApproval represents a Approval event raised by the Market contract.
type MarketApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (MarketApproval) ContractEventName() string {
	return MarketApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (market *Market) UnpackApprovalEvent(log *types.Log) (*MarketApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketApproval)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketApprovalForAll represents a ApprovalForAll event raised by the Market contract.
type MarketApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (MarketApprovalForAll) ContractEventName() string {
	return MarketApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (market *Market) UnpackApprovalForAllEvent(log *types.Log) (*MarketApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketApprovalForAll)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketDemandCancelled represents a DemandCancelled event raised by the Market contract.
type MarketDemandCancelled struct {
	Id  *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const MarketDemandCancelledEventName = "DemandCancelled"

// ContractEventName returns the user-defined event name.
func (MarketDemandCancelled) ContractEventName() string {
	return MarketDemandCancelledEventName
}

// UnpackDemandCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DemandCancelled(uint256 indexed id)
func (market *Market) UnpackDemandCancelledEvent(log *types.Log) (*MarketDemandCancelled, error) {
	event := "DemandCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketDemandCancelled)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketDemandPosted represents a DemandPosted event raised by the Market contract.
type MarketDemandPosted struct {
	Id          *big.Int
	Buyer       common.Address
	Spec        string
	MaxPrice    *big.Int
	BuyerPubKey []byte
	Deadline    uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const MarketDemandPostedEventName = "DemandPosted"

// ContractEventName returns the user-defined event name.
func (MarketDemandPosted) ContractEventName() string {
	return MarketDemandPostedEventName
}

// UnpackDemandPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DemandPosted(uint256 indexed id, address indexed buyer, string spec, uint256 maxPrice, bytes buyerPubKey, uint64 deadline)
func (market *Market) UnpackDemandPostedEvent(log *types.Log) (*MarketDemandPosted, error) {
	event := "DemandPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketDemandPosted)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketEscrowSet represents a EscrowSet event raised by the Market contract.
type MarketEscrowSet struct {
	Escrow common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketEscrowSetEventName = "EscrowSet"

// ContractEventName returns the user-defined event name.
func (MarketEscrowSet) ContractEventName() string {
	return MarketEscrowSetEventName
}

// UnpackEscrowSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowSet(address indexed escrow)
func (market *Market) UnpackEscrowSetEvent(log *types.Log) (*MarketEscrowSet, error) {
	event := "EscrowSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketEscrowSet)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketListingDelisted represents a ListingDelisted event raised by the Market contract.
type MarketListingDelisted struct {
	Id  *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const MarketListingDelistedEventName = "ListingDelisted"

// ContractEventName returns the user-defined event name.
func (MarketListingDelisted) ContractEventName() string {
	return MarketListingDelistedEventName
}

// UnpackListingDelistedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingDelisted(uint256 indexed id)
func (market *Market) UnpackListingDelistedEvent(log *types.Log) (*MarketListingDelisted, error) {
	event := "ListingDelisted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketListingDelisted)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketListingLockChanged represents a ListingLockChanged event raised by the Market contract.
type MarketListingLockChanged struct {
	Id     *big.Int
	Locked bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketListingLockChangedEventName = "ListingLockChanged"

// ContractEventName returns the user-defined event name.
func (MarketListingLockChanged) ContractEventName() string {
	return MarketListingLockChangedEventName
}

// UnpackListingLockChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingLockChanged(uint256 indexed id, bool locked)
func (market *Market) UnpackListingLockChangedEvent(log *types.Log) (*MarketListingLockChanged, error) {
	event := "ListingLockChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketListingLockChanged)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketListingPriceUpdated represents a ListingPriceUpdated event raised by the Market contract.
type MarketListingPriceUpdated struct {
	Id          *big.Int
	Price       *big.Int
	PerUsePrice *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MarketListingPriceUpdatedEventName = "ListingPriceUpdated"

// ContractEventName returns the user-defined event name.
func (MarketListingPriceUpdated) ContractEventName() string {
	return MarketListingPriceUpdatedEventName
}

// UnpackListingPriceUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingPriceUpdated(uint256 indexed id, uint256 price, uint256 perUsePrice)
func (market *Market) UnpackListingPriceUpdatedEvent(log *types.Log) (*MarketListingPriceUpdated, error) {
	event := "ListingPriceUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketListingPriceUpdated)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketListingPublished represents a ListingPublished event raised by the Market contract.
type MarketListingPublished struct {
	Id          *big.Int
	Seller      common.Address
	Root        [32]byte
	Price       *big.Int
	Licence     uint8
	PerUsePrice *big.Int
	ContentCid  string
	MetadataCid string
	Raw         *types.Log // Blockchain specific contextual infos
}

const MarketListingPublishedEventName = "ListingPublished"

// ContractEventName returns the user-defined event name.
func (MarketListingPublished) ContractEventName() string {
	return MarketListingPublishedEventName
}

// UnpackListingPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingPublished(uint256 indexed id, address indexed seller, bytes32 root, uint256 price, uint8 licence, uint256 perUsePrice, string contentCid, string metadataCid)
func (market *Market) UnpackListingPublishedEvent(log *types.Log) (*MarketListingPublished, error) {
	event := "ListingPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketListingPublished)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketListingRelisted represents a ListingRelisted event raised by the Market contract.
type MarketListingRelisted struct {
	Id  *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const MarketListingRelistedEventName = "ListingRelisted"

// ContractEventName returns the user-defined event name.
func (MarketListingRelisted) ContractEventName() string {
	return MarketListingRelistedEventName
}

// UnpackListingRelistedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingRelisted(uint256 indexed id)
func (market *Market) UnpackListingRelistedEvent(log *types.Log) (*MarketListingRelisted, error) {
	event := "ListingRelisted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketListingRelisted)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketOfferMade represents a OfferMade event raised by the Market contract.
type MarketOfferMade struct {
	DemandId   *big.Int
	OfferIndex *big.Int
	ListingId  *big.Int
	Seller     common.Address
	Price      *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const MarketOfferMadeEventName = "OfferMade"

// ContractEventName returns the user-defined event name.
func (MarketOfferMade) ContractEventName() string {
	return MarketOfferMadeEventName
}

// UnpackOfferMadeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OfferMade(uint256 indexed demandId, uint256 offerIndex, uint256 indexed listingId, address indexed seller, uint256 price)
func (market *Market) UnpackOfferMadeEvent(log *types.Log) (*MarketOfferMade, error) {
	event := "OfferMade"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketOfferMade)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketOwnershipTransferred represents a OwnershipTransferred event raised by the Market contract.
type MarketOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const MarketOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (MarketOwnershipTransferred) ContractEventName() string {
	return MarketOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (market *Market) UnpackOwnershipTransferredEvent(log *types.Log) (*MarketOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketSampleFixed represents a SampleFixed event raised by the Market contract.
type MarketSampleFixed struct {
	Id   *big.Int
	Seed [32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const MarketSampleFixedEventName = "SampleFixed"

// ContractEventName returns the user-defined event name.
func (MarketSampleFixed) ContractEventName() string {
	return MarketSampleFixedEventName
}

// UnpackSampleFixedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SampleFixed(uint256 indexed id, bytes32 seed)
func (market *Market) UnpackSampleFixedEvent(log *types.Log) (*MarketSampleFixed, error) {
	event := "SampleFixed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketSampleFixed)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketTransfer represents a Transfer event raised by the Market contract.
type MarketTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (MarketTransfer) ContractEventName() string {
	return MarketTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (market *Market) UnpackTransferEvent(log *types.Log) (*MarketTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketTransfer)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (market *Market) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], market.abi.Errors["DeadlineInPast"].ID.Bytes()[:4]) {
		return market.UnpackDeadlineInPastError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["DemandClosed"].ID.Bytes()[:4]) {
		return market.UnpackDemandClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["DemandExpired"].ID.Bytes()[:4]) {
		return market.UnpackDemandExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return market.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return market.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return market.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return market.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return market.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return market.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return market.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return market.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["EmptyPubKey"].ID.Bytes()[:4]) {
		return market.UnpackEmptyPubKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["EscrowAlreadySet"].ID.Bytes()[:4]) {
		return market.UnpackEscrowAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["InvalidLicence"].ID.Bytes()[:4]) {
		return market.UnpackInvalidLicenceError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ListingAlreadyActive"].ID.Bytes()[:4]) {
		return market.UnpackListingAlreadyActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ListingInactive"].ID.Bytes()[:4]) {
		return market.UnpackListingInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ListingIsLocked"].ID.Bytes()[:4]) {
		return market.UnpackListingIsLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ListingNotLocked"].ID.Bytes()[:4]) {
		return market.UnpackListingNotLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotDemandBuyer"].ID.Bytes()[:4]) {
		return market.UnpackNotDemandBuyerError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotEscrow"].ID.Bytes()[:4]) {
		return market.UnpackNotEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotSeller"].ID.Bytes()[:4]) {
		return market.UnpackNotSellerError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["OfferAboveMaxPrice"].ID.Bytes()[:4]) {
		return market.UnpackOfferAboveMaxPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return market.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return market.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["SampleAlreadyFixed"].ID.Bytes()[:4]) {
		return market.UnpackSampleAlreadyFixedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["SampleNotFixed"].ID.Bytes()[:4]) {
		return market.UnpackSampleNotFixedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["SampleNotReady"].ID.Bytes()[:4]) {
		return market.UnpackSampleNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["TooManyExchanges"].ID.Bytes()[:4]) {
		return market.UnpackTooManyExchangesError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["UnknownDemand"].ID.Bytes()[:4]) {
		return market.UnpackUnknownDemandError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["UnknownListing"].ID.Bytes()[:4]) {
		return market.UnpackUnknownListingError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["UnknownOffer"].ID.Bytes()[:4]) {
		return market.UnpackUnknownOfferError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return market.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ZeroChunks"].ID.Bytes()[:4]) {
		return market.UnpackZeroChunksError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ZeroPrice"].ID.Bytes()[:4]) {
		return market.UnpackZeroPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ZeroRoot"].ID.Bytes()[:4]) {
		return market.UnpackZeroRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MarketDeadlineInPast represents a DeadlineInPast error raised by the Market contract.
type MarketDeadlineInPast struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineInPast(uint64 deadline)
func MarketDeadlineInPastErrorID() common.Hash {
	return common.HexToHash("0x211baed76e26193771f22012dceefc5bdd40cbb8ace8387e738f09c10ce69f11")
}

// UnpackDeadlineInPastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineInPast(uint64 deadline)
func (market *Market) UnpackDeadlineInPastError(raw []byte) (*MarketDeadlineInPast, error) {
	out := new(MarketDeadlineInPast)
	if err := market.abi.UnpackIntoInterface(out, "DeadlineInPast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketDemandClosed represents a DemandClosed error raised by the Market contract.
type MarketDemandClosed struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DemandClosed(uint256 id)
func MarketDemandClosedErrorID() common.Hash {
	return common.HexToHash("0x6a276eed389e4c05001be2c0948fca8c4cf8f056a8dd15793a3d6000003ce2e6")
}

// UnpackDemandClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DemandClosed(uint256 id)
func (market *Market) UnpackDemandClosedError(raw []byte) (*MarketDemandClosed, error) {
	out := new(MarketDemandClosed)
	if err := market.abi.UnpackIntoInterface(out, "DemandClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketDemandExpired represents a DemandExpired error raised by the Market contract.
type MarketDemandExpired struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DemandExpired(uint256 id, uint64 deadline)
func MarketDemandExpiredErrorID() common.Hash {
	return common.HexToHash("0xaee5fb7c5e130ac096352ec854ce730cb581a18cec61a17fb5e87ea22deaf9f8")
}

// UnpackDemandExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DemandExpired(uint256 id, uint64 deadline)
func (market *Market) UnpackDemandExpiredError(raw []byte) (*MarketDemandExpired, error) {
	out := new(MarketDemandExpired)
	if err := market.abi.UnpackIntoInterface(out, "DemandExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the Market contract.
type MarketERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func MarketERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (market *Market) UnpackERC721IncorrectOwnerError(raw []byte) (*MarketERC721IncorrectOwner, error) {
	out := new(MarketERC721IncorrectOwner)
	if err := market.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the Market contract.
type MarketERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func MarketERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (market *Market) UnpackERC721InsufficientApprovalError(raw []byte) (*MarketERC721InsufficientApproval, error) {
	out := new(MarketERC721InsufficientApproval)
	if err := market.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketERC721InvalidApprover represents a ERC721InvalidApprover error raised by the Market contract.
type MarketERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func MarketERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (market *Market) UnpackERC721InvalidApproverError(raw []byte) (*MarketERC721InvalidApprover, error) {
	out := new(MarketERC721InvalidApprover)
	if err := market.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketERC721InvalidOperator represents a ERC721InvalidOperator error raised by the Market contract.
type MarketERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func MarketERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (market *Market) UnpackERC721InvalidOperatorError(raw []byte) (*MarketERC721InvalidOperator, error) {
	out := new(MarketERC721InvalidOperator)
	if err := market.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketERC721InvalidOwner represents a ERC721InvalidOwner error raised by the Market contract.
type MarketERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func MarketERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (market *Market) UnpackERC721InvalidOwnerError(raw []byte) (*MarketERC721InvalidOwner, error) {
	out := new(MarketERC721InvalidOwner)
	if err := market.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the Market contract.
type MarketERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func MarketERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (market *Market) UnpackERC721InvalidReceiverError(raw []byte) (*MarketERC721InvalidReceiver, error) {
	out := new(MarketERC721InvalidReceiver)
	if err := market.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketERC721InvalidSender represents a ERC721InvalidSender error raised by the Market contract.
type MarketERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func MarketERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (market *Market) UnpackERC721InvalidSenderError(raw []byte) (*MarketERC721InvalidSender, error) {
	out := new(MarketERC721InvalidSender)
	if err := market.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketERC721NonexistentToken represents a ERC721NonexistentToken error raised by the Market contract.
type MarketERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func MarketERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (market *Market) UnpackERC721NonexistentTokenError(raw []byte) (*MarketERC721NonexistentToken, error) {
	out := new(MarketERC721NonexistentToken)
	if err := market.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketEmptyPubKey represents a EmptyPubKey error raised by the Market contract.
type MarketEmptyPubKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyPubKey()
func MarketEmptyPubKeyErrorID() common.Hash {
	return common.HexToHash("0xfc9be71c41317aa9cb31ca24f9ac93ed4ffb672a58656432ba0ee0c39d626893")
}

// UnpackEmptyPubKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyPubKey()
func (market *Market) UnpackEmptyPubKeyError(raw []byte) (*MarketEmptyPubKey, error) {
	out := new(MarketEmptyPubKey)
	if err := market.abi.UnpackIntoInterface(out, "EmptyPubKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketEscrowAlreadySet represents a EscrowAlreadySet error raised by the Market contract.
type MarketEscrowAlreadySet struct {
	Escrow common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowAlreadySet(address escrow)
func MarketEscrowAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x201022ae891136f15125428e162247a1b1ef8d40a101eb49e57dbd753721bbf8")
}

// UnpackEscrowAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowAlreadySet(address escrow)
func (market *Market) UnpackEscrowAlreadySetError(raw []byte) (*MarketEscrowAlreadySet, error) {
	out := new(MarketEscrowAlreadySet)
	if err := market.abi.UnpackIntoInterface(out, "EscrowAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketInvalidLicence represents a InvalidLicence error raised by the Market contract.
type MarketInvalidLicence struct {
	Licence uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLicence(uint8 licence)
func MarketInvalidLicenceErrorID() common.Hash {
	return common.HexToHash("0xf0d276405d967f4bf0c4ccb362d8bbf760428fd68d4f60c9f2e80b3d9ab9913b")
}

// UnpackInvalidLicenceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLicence(uint8 licence)
func (market *Market) UnpackInvalidLicenceError(raw []byte) (*MarketInvalidLicence, error) {
	out := new(MarketInvalidLicence)
	if err := market.abi.UnpackIntoInterface(out, "InvalidLicence", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketListingAlreadyActive represents a ListingAlreadyActive error raised by the Market contract.
type MarketListingAlreadyActive struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingAlreadyActive(uint256 id)
func MarketListingAlreadyActiveErrorID() common.Hash {
	return common.HexToHash("0x97fee0ae5c5b31b6e6791f9fbc302539e02ba6a852cd787cb192d0c11ebaa819")
}

// UnpackListingAlreadyActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingAlreadyActive(uint256 id)
func (market *Market) UnpackListingAlreadyActiveError(raw []byte) (*MarketListingAlreadyActive, error) {
	out := new(MarketListingAlreadyActive)
	if err := market.abi.UnpackIntoInterface(out, "ListingAlreadyActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketListingInactive represents a ListingInactive error raised by the Market contract.
type MarketListingInactive struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingInactive(uint256 id)
func MarketListingInactiveErrorID() common.Hash {
	return common.HexToHash("0x161bec9702a4910408c759d4078d91106b875d71aeb4405e407bc181938aa321")
}

// UnpackListingInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingInactive(uint256 id)
func (market *Market) UnpackListingInactiveError(raw []byte) (*MarketListingInactive, error) {
	out := new(MarketListingInactive)
	if err := market.abi.UnpackIntoInterface(out, "ListingInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketListingIsLocked represents a ListingIsLocked error raised by the Market contract.
type MarketListingIsLocked struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingIsLocked(uint256 id)
func MarketListingIsLockedErrorID() common.Hash {
	return common.HexToHash("0xab4670e518357a4396a0f468238b1b374810f8d27d09122f8f07c76057ad762d")
}

// UnpackListingIsLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingIsLocked(uint256 id)
func (market *Market) UnpackListingIsLockedError(raw []byte) (*MarketListingIsLocked, error) {
	out := new(MarketListingIsLocked)
	if err := market.abi.UnpackIntoInterface(out, "ListingIsLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketListingNotLocked represents a ListingNotLocked error raised by the Market contract.
type MarketListingNotLocked struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingNotLocked(uint256 id)
func MarketListingNotLockedErrorID() common.Hash {
	return common.HexToHash("0xb7df389e9e74939e26695497491aba0f2e3251f5d40d4123508da44a1a0863db")
}

// UnpackListingNotLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingNotLocked(uint256 id)
func (market *Market) UnpackListingNotLockedError(raw []byte) (*MarketListingNotLocked, error) {
	out := new(MarketListingNotLocked)
	if err := market.abi.UnpackIntoInterface(out, "ListingNotLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNotDemandBuyer represents a NotDemandBuyer error raised by the Market contract.
type MarketNotDemandBuyer struct {
	Id     *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDemandBuyer(uint256 id, address caller)
func MarketNotDemandBuyerErrorID() common.Hash {
	return common.HexToHash("0x4a7949bd8bce6849989670a79ced60defcc4f32d8484432c49a07983c15e65b6")
}

// UnpackNotDemandBuyerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDemandBuyer(uint256 id, address caller)
func (market *Market) UnpackNotDemandBuyerError(raw []byte) (*MarketNotDemandBuyer, error) {
	out := new(MarketNotDemandBuyer)
	if err := market.abi.UnpackIntoInterface(out, "NotDemandBuyer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNotEscrow represents a NotEscrow error raised by the Market contract.
type MarketNotEscrow struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEscrow(address caller)
func MarketNotEscrowErrorID() common.Hash {
	return common.HexToHash("0x088fb38a41f33ee0d0b310a4c36e73c59f8a95f09b2d8750012a106194ceb6bd")
}

// UnpackNotEscrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEscrow(address caller)
func (market *Market) UnpackNotEscrowError(raw []byte) (*MarketNotEscrow, error) {
	out := new(MarketNotEscrow)
	if err := market.abi.UnpackIntoInterface(out, "NotEscrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNotSeller represents a NotSeller error raised by the Market contract.
type MarketNotSeller struct {
	Id     *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSeller(uint256 id, address caller)
func MarketNotSellerErrorID() common.Hash {
	return common.HexToHash("0x4a1233a90105de1d0c9a9444cfc9d5b9b32d2673a4dcf2b821fbf4cfbe478611")
}

// UnpackNotSellerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSeller(uint256 id, address caller)
func (market *Market) UnpackNotSellerError(raw []byte) (*MarketNotSeller, error) {
	out := new(MarketNotSeller)
	if err := market.abi.UnpackIntoInterface(out, "NotSeller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketOfferAboveMaxPrice represents a OfferAboveMaxPrice error raised by the Market contract.
type MarketOfferAboveMaxPrice struct {
	Price    *big.Int
	MaxPrice *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OfferAboveMaxPrice(uint256 price, uint256 maxPrice)
func MarketOfferAboveMaxPriceErrorID() common.Hash {
	return common.HexToHash("0xb4be36312cfd1fdb7ea8bc746582a26b119ba3e1df8609e120436d90b0dc4ce3")
}

// UnpackOfferAboveMaxPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OfferAboveMaxPrice(uint256 price, uint256 maxPrice)
func (market *Market) UnpackOfferAboveMaxPriceError(raw []byte) (*MarketOfferAboveMaxPrice, error) {
	out := new(MarketOfferAboveMaxPrice)
	if err := market.abi.UnpackIntoInterface(out, "OfferAboveMaxPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Market contract.
type MarketOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func MarketOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (market *Market) UnpackOwnableInvalidOwnerError(raw []byte) (*MarketOwnableInvalidOwner, error) {
	out := new(MarketOwnableInvalidOwner)
	if err := market.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Market contract.
type MarketOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func MarketOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (market *Market) UnpackOwnableUnauthorizedAccountError(raw []byte) (*MarketOwnableUnauthorizedAccount, error) {
	out := new(MarketOwnableUnauthorizedAccount)
	if err := market.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketSampleAlreadyFixed represents a SampleAlreadyFixed error raised by the Market contract.
type MarketSampleAlreadyFixed struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SampleAlreadyFixed(uint256 id)
func MarketSampleAlreadyFixedErrorID() common.Hash {
	return common.HexToHash("0x67e62c3503acee2831f01adbf7faa26d462c4763b68aa22ac8e446f41fb2d137")
}

// UnpackSampleAlreadyFixedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SampleAlreadyFixed(uint256 id)
func (market *Market) UnpackSampleAlreadyFixedError(raw []byte) (*MarketSampleAlreadyFixed, error) {
	out := new(MarketSampleAlreadyFixed)
	if err := market.abi.UnpackIntoInterface(out, "SampleAlreadyFixed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketSampleNotFixed represents a SampleNotFixed error raised by the Market contract.
type MarketSampleNotFixed struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SampleNotFixed(uint256 id)
func MarketSampleNotFixedErrorID() common.Hash {
	return common.HexToHash("0x2d6ad20457f46e271788eb6e7b72f865613d72d9ea27ac79d6018b0484e0a35f")
}

// UnpackSampleNotFixedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SampleNotFixed(uint256 id)
func (market *Market) UnpackSampleNotFixedError(raw []byte) (*MarketSampleNotFixed, error) {
	out := new(MarketSampleNotFixed)
	if err := market.abi.UnpackIntoInterface(out, "SampleNotFixed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketSampleNotReady represents a SampleNotReady error raised by the Market contract.
type MarketSampleNotReady struct {
	Id           *big.Int
	ReadyAtBlock *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SampleNotReady(uint256 id, uint256 readyAtBlock)
func MarketSampleNotReadyErrorID() common.Hash {
	return common.HexToHash("0x9b3192e65a7b117f9c63714793afcc9eda680fedc3a4db3666babc31afa84fea")
}

// UnpackSampleNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SampleNotReady(uint256 id, uint256 readyAtBlock)
func (market *Market) UnpackSampleNotReadyError(raw []byte) (*MarketSampleNotReady, error) {
	out := new(MarketSampleNotReady)
	if err := market.abi.UnpackIntoInterface(out, "SampleNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketTooManyExchanges represents a TooManyExchanges error raised by the Market contract.
type MarketTooManyExchanges struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyExchanges(uint256 count, uint256 max)
func MarketTooManyExchangesErrorID() common.Hash {
	return common.HexToHash("0x161fca990f6e27bb5bc2ab1bcf47f9e25e22280b43502307f8810f2194fbc771")
}

// UnpackTooManyExchangesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyExchanges(uint256 count, uint256 max)
func (market *Market) UnpackTooManyExchangesError(raw []byte) (*MarketTooManyExchanges, error) {
	out := new(MarketTooManyExchanges)
	if err := market.abi.UnpackIntoInterface(out, "TooManyExchanges", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketUnknownDemand represents a UnknownDemand error raised by the Market contract.
type MarketUnknownDemand struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDemand(uint256 id)
func MarketUnknownDemandErrorID() common.Hash {
	return common.HexToHash("0x7be605857690c8eb38a654844adb5f51b1f3164ece866d412d7b63445d44269e")
}

// UnpackUnknownDemandError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDemand(uint256 id)
func (market *Market) UnpackUnknownDemandError(raw []byte) (*MarketUnknownDemand, error) {
	out := new(MarketUnknownDemand)
	if err := market.abi.UnpackIntoInterface(out, "UnknownDemand", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketUnknownListing represents a UnknownListing error raised by the Market contract.
type MarketUnknownListing struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownListing(uint256 id)
func MarketUnknownListingErrorID() common.Hash {
	return common.HexToHash("0xb146165ab82178840e88d92fab3f6c79f4e559147a7f0009a73b3403a809ef6e")
}

// UnpackUnknownListingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownListing(uint256 id)
func (market *Market) UnpackUnknownListingError(raw []byte) (*MarketUnknownListing, error) {
	out := new(MarketUnknownListing)
	if err := market.abi.UnpackIntoInterface(out, "UnknownListing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketUnknownOffer represents a UnknownOffer error raised by the Market contract.
type MarketUnknownOffer struct {
	DemandId   *big.Int
	OfferIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOffer(uint256 demandId, uint256 offerIndex)
func MarketUnknownOfferErrorID() common.Hash {
	return common.HexToHash("0xc618cd1c7dd25369b591d5084ae1759a4d059166e3741834867055f948fac59f")
}

// UnpackUnknownOfferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOffer(uint256 demandId, uint256 offerIndex)
func (market *Market) UnpackUnknownOfferError(raw []byte) (*MarketUnknownOffer, error) {
	out := new(MarketUnknownOffer)
	if err := market.abi.UnpackIntoInterface(out, "UnknownOffer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketZeroAddress represents a ZeroAddress error raised by the Market contract.
type MarketZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func MarketZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (market *Market) UnpackZeroAddressError(raw []byte) (*MarketZeroAddress, error) {
	out := new(MarketZeroAddress)
	if err := market.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketZeroChunks represents a ZeroChunks error raised by the Market contract.
type MarketZeroChunks struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroChunks()
func MarketZeroChunksErrorID() common.Hash {
	return common.HexToHash("0xca2468a759a6bf316d71c450cc2da436c1d7ea6d6f9f887839f82dbbb8bd1544")
}

// UnpackZeroChunksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroChunks()
func (market *Market) UnpackZeroChunksError(raw []byte) (*MarketZeroChunks, error) {
	out := new(MarketZeroChunks)
	if err := market.abi.UnpackIntoInterface(out, "ZeroChunks", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketZeroPrice represents a ZeroPrice error raised by the Market contract.
type MarketZeroPrice struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPrice()
func MarketZeroPriceErrorID() common.Hash {
	return common.HexToHash("0x4dfba023c19aaad0ad1005b8a52f2ae0c7a1acb3f45ecd31562b980620d65f93")
}

// UnpackZeroPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPrice()
func (market *Market) UnpackZeroPriceError(raw []byte) (*MarketZeroPrice, error) {
	out := new(MarketZeroPrice)
	if err := market.abi.UnpackIntoInterface(out, "ZeroPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketZeroRoot represents a ZeroRoot error raised by the Market contract.
type MarketZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRoot()
func MarketZeroRootErrorID() common.Hash {
	return common.HexToHash("0xb263ae738e814ca9af6ee56bb85daa47624e790421913c947dcba2aac07cfdbd")
}

// UnpackZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRoot()
func (market *Market) UnpackZeroRootError(raw []byte) (*MarketZeroRoot, error) {
	out := new(MarketZeroRoot)
	if err := market.abi.UnpackIntoInterface(out, "ZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}
