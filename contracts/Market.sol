// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title Market
/// @notice Listings of datatrade as ERC-721 tokens ("datatrade listing", DTL): the token id is the listing id
/// and the token owner is the seller. Also holds buyers' demands and sellers' offers on them.
/// @dev The admin (Ownable owner) sets the Escrow once. Only the Escrow may lock and unlock a listing and
/// transfer its token to the buyer of an ownership trade. A locked listing's token cannot be transferred.
contract Market is ERC721, Ownable {
    /// @notice Licence: the buyer receives the data and the listing token.
    uint8 public constant LICENCE_OWNERSHIP = 0;
    /// @notice Licence: the buyer receives a right to use the data (per-use price for queries and jobs).
    uint8 public constant LICENCE_USE = 1;
    /// @notice Most exchange ids a listing may accept explicitly.
    uint256 public constant MAX_ACCEPTED_EXCHANGES = 32;
    /// @notice Most sample chunks a listing reveals.
    uint32 public constant MAX_SAMPLES = 4;
    /// @notice One sample chunk per this many chunks (rounded up), capped at MAX_SAMPLES.
    uint32 public constant CHUNKS_PER_SAMPLE = 20;

    /// @notice What a seller publishes.
    struct ListingParams {
        string contentCid;
        bytes32 root;
        uint64 size;
        uint32 chunkCount;
        bytes32 fingerprint;
        string metadataCid;
        uint256 price;
        uint8 licence;
        uint256 perUsePrice;
        uint256[] acceptedExchanges;
    }

    /// @notice One listing.
    struct Listing {
        string contentCid;
        bytes32 root;
        uint64 size;
        uint32 chunkCount;
        bytes32 fingerprint;
        string metadataCid;
        uint256 price;
        uint8 licence;
        uint256 perUsePrice;
        uint256[] acceptedExchanges;
        uint64 publishedBlock;
        bytes32 sampleSeed;
        bool active;
        bool locked;
    }

    /// @notice A buyer's demand.
    struct Demand {
        address buyer;
        string spec;
        uint256 maxPrice;
        bytes buyerPubKey;
        uint64 deadline;
        bool open;
    }

    /// @notice A seller's offer on a demand.
    struct Offer {
        uint256 listingId;
        address seller;
        uint256 price;
        uint64 madeAt;
    }

    /// @notice Number of listings ever published; ids run from 1 to listingCount.
    uint256 public listingCount;
    /// @notice Number of demands ever posted; ids run from 1 to demandCount.
    uint256 public demandCount;
    /// @notice The Escrow allowed to lock, unlock and transfer listings (zero until set).
    address public escrow;

    mapping(uint256 => Listing) private _listings;
    mapping(uint256 => Demand) private _demands;
    mapping(uint256 => Offer[]) private _offers;

    event ListingPublished(
        uint256 indexed id,
        address indexed seller,
        bytes32 root,
        uint256 price,
        uint8 licence,
        uint256 perUsePrice,
        string contentCid,
        string metadataCid
    );
    event ListingPriceUpdated(uint256 indexed id, uint256 price, uint256 perUsePrice);
    event ListingDelisted(uint256 indexed id);
    event ListingRelisted(uint256 indexed id);
    event ListingLockChanged(uint256 indexed id, bool locked);
    event SampleFixed(uint256 indexed id, bytes32 seed);
    event DemandPosted(
        uint256 indexed id, address indexed buyer, string spec, uint256 maxPrice, bytes buyerPubKey, uint64 deadline
    );
    event DemandCancelled(uint256 indexed id);
    event OfferMade(
        uint256 indexed demandId, uint256 offerIndex, uint256 indexed listingId, address indexed seller, uint256 price
    );
    event EscrowSet(address indexed escrow);

    error UnknownListing(uint256 id);
    error NotSeller(uint256 id, address caller);
    error ListingInactive(uint256 id);
    error ListingIsLocked(uint256 id);
    error ListingNotLocked(uint256 id);
    error ListingAlreadyActive(uint256 id);
    error InvalidLicence(uint8 licence);
    error ZeroRoot();
    error ZeroChunks();
    error ZeroPrice();
    error TooManyExchanges(uint256 count, uint256 max);
    error SampleNotReady(uint256 id, uint256 readyAtBlock);
    error SampleAlreadyFixed(uint256 id);
    error SampleNotFixed(uint256 id);
    error UnknownDemand(uint256 id);
    error NotDemandBuyer(uint256 id, address caller);
    error DemandClosed(uint256 id);
    error DemandExpired(uint256 id, uint64 deadline);
    error DeadlineInPast(uint64 deadline);
    error EmptyPubKey();
    error OfferAboveMaxPrice(uint256 price, uint256 maxPrice);
    error UnknownOffer(uint256 demandId, uint256 offerIndex);
    error NotEscrow(address caller);
    error EscrowAlreadySet(address escrow);
    error ZeroAddress();

    constructor(address admin) ERC721("datatrade listing", "DTL") Ownable(admin) {}

    modifier onlyEscrow() {
        if (msg.sender != escrow || escrow == address(0)) revert NotEscrow(msg.sender);
        _;
    }

    modifier onlySeller(uint256 id) {
        _requireListing(id);
        if (ownerOf(id) != msg.sender) revert NotSeller(id, msg.sender);
        _;
    }

    /// @notice Sets the Escrow contract, once.
    function setEscrow(address escrow_) external onlyOwner {
        if (escrow != address(0)) revert EscrowAlreadySet(escrow);
        if (escrow_ == address(0)) revert ZeroAddress();
        escrow = escrow_;
        emit EscrowSet(escrow_);
    }

    // ---- listings ----

    /// @notice Publishes a listing and mints its token to the caller.
    /// @return id the listing (token) id, from 1.
    function publish(ListingParams calldata p) external returns (uint256 id) {
        if (p.root == bytes32(0)) revert ZeroRoot();
        if (p.chunkCount == 0) revert ZeroChunks();
        if (p.price == 0) revert ZeroPrice();
        if (p.licence > LICENCE_USE) revert InvalidLicence(p.licence);
        if (p.acceptedExchanges.length > MAX_ACCEPTED_EXCHANGES) {
            revert TooManyExchanges(p.acceptedExchanges.length, MAX_ACCEPTED_EXCHANGES);
        }
        id = ++listingCount;
        Listing storage l = _listings[id];
        l.contentCid = p.contentCid;
        l.root = p.root;
        l.size = p.size;
        l.chunkCount = p.chunkCount;
        l.fingerprint = p.fingerprint;
        l.metadataCid = p.metadataCid;
        l.price = p.price;
        l.licence = p.licence;
        l.perUsePrice = p.perUsePrice;
        l.acceptedExchanges = p.acceptedExchanges;
        l.publishedBlock = uint64(block.number);
        l.active = true;
        _mint(msg.sender, id);
        emit ListingPublished(id, msg.sender, p.root, p.price, p.licence, p.perUsePrice, p.contentCid, p.metadataCid);
    }

    /// @notice Returns a listing; reverts UnknownListing for an id never published.
    function getListing(uint256 id) external view returns (Listing memory) {
        _requireListing(id);
        return _listings[id];
    }

    /// @notice Reports whether a listing accepts an exchange (an empty accepted list accepts every exchange).
    function acceptsExchange(uint256 id, uint256 exchangeId) external view returns (bool) {
        _requireListing(id);
        uint256[] storage acc = _listings[id].acceptedExchanges;
        if (acc.length == 0) return true;
        for (uint256 i = 0; i < acc.length; i++) {
            if (acc[i] == exchangeId) return true;
        }
        return false;
    }

    /// @notice Reports whether a paid ownership trade holds the listing locked.
    function isLocked(uint256 id) external view returns (bool) {
        _requireListing(id);
        return _listings[id].locked;
    }

    /// @notice Changes the price and per-use price (seller only). Open trades keep the price they snapshotted.
    function updatePrice(uint256 id, uint256 price, uint256 perUsePrice) external onlySeller(id) {
        if (price == 0) revert ZeroPrice();
        Listing storage l = _listings[id];
        l.price = price;
        l.perUsePrice = perUsePrice;
        emit ListingPriceUpdated(id, price, perUsePrice);
    }

    /// @notice Takes a listing off sale (seller only); not while a paid ownership trade holds it locked.
    function delist(uint256 id) external onlySeller(id) {
        Listing storage l = _listings[id];
        if (l.locked) revert ListingIsLocked(id);
        if (!l.active) revert ListingInactive(id);
        l.active = false;
        emit ListingDelisted(id);
    }

    /// @notice Puts an inactive listing back on sale (seller only), e.g. after buying it outright.
    function relist(uint256 id) external onlySeller(id) {
        Listing storage l = _listings[id];
        if (l.active) revert ListingAlreadyActive(id);
        l.active = true;
        emit ListingRelisted(id);
    }

    /// @notice The token URI points at the listing's metadata.
    function tokenURI(uint256 id) public view override returns (string memory) {
        _requireListing(id);
        return string.concat("ipfs://", _listings[id].metadataCid);
    }

    // ---- sample ----

    /// @notice Fixes the listing's sample seed from a block hash after publication. Anyone may call it once
    /// block.number > publishedBlock + 1. The seed is keccak256(blockhash(publishedBlock + 1), id); if that hash
    /// is no longer available (more than 256 blocks ago), blockhash(block.number - 1) is used instead, which
    /// lets whoever calls it first choose among later blocks (the residual risk of fixing late).
    function fixSample(uint256 id) public {
        _requireListing(id);
        Listing storage l = _listings[id];
        if (l.sampleSeed != bytes32(0)) revert SampleAlreadyFixed(id);
        uint256 ready = uint256(l.publishedBlock) + 2;
        if (block.number < ready) revert SampleNotReady(id, ready);
        bytes32 h = blockhash(uint256(l.publishedBlock) + 1);
        if (h == bytes32(0)) h = blockhash(block.number - 1);
        bytes32 seed = keccak256(abi.encode(h, id));
        l.sampleSeed = seed;
        emit SampleFixed(id, seed);
    }

    /// @notice Reports whether the listing's sample seed is fixed.
    function sampleFixed(uint256 id) external view returns (bool) {
        _requireListing(id);
        return _listings[id].sampleSeed != bytes32(0);
    }

    /// @notice Number of sample chunks of a listing with chunkCount chunks: 0 if chunkCount <= 1, else
    /// min(MAX_SAMPLES, ceil(chunkCount / CHUNKS_PER_SAMPLE)).
    function sampleSize(uint32 chunkCount) public pure returns (uint32) {
        if (chunkCount <= 1) return 0;
        uint256 k = (uint256(chunkCount) + CHUNKS_PER_SAMPLE - 1) / CHUNKS_PER_SAMPLE;
        return k > MAX_SAMPLES ? MAX_SAMPLES : uint32(k);
    }

    /// @notice The listing's sample chunk indices: for j = 0, 1, 2, ... the index
    /// uint256(keccak256(abi.encode(seed, j))) % chunkCount, skipping repeats, until sampleSize are found.
    function sampleIndices(uint256 id) external view returns (uint32[] memory out) {
        _requireListing(id);
        Listing storage l = _listings[id];
        bytes32 seed = l.sampleSeed;
        if (seed == bytes32(0)) revert SampleNotFixed(id);
        uint32 n = l.chunkCount;
        uint32 k = sampleSize(n);
        out = new uint32[](k);
        uint32 found = 0;
        for (uint256 j = 0; found < k; j++) {
            uint32 idx = uint32(uint256(keccak256(abi.encode(seed, j))) % n);
            bool dup = false;
            for (uint32 m = 0; m < found; m++) {
                if (out[m] == idx) {
                    dup = true;
                    break;
                }
            }
            if (!dup) out[found++] = idx;
        }
    }

    // ---- demands and offers ----

    /// @notice Posts a demand: a spec (a CID or an expression), the most the buyer pays, the buyer's public
    /// key and a deadline (unix seconds) after which no offer is taken.
    function postDemand(string calldata spec, uint256 maxPrice, bytes calldata buyerPubKey, uint64 deadline)
        external
        returns (uint256 id)
    {
        if (deadline <= block.timestamp) revert DeadlineInPast(deadline);
        if (buyerPubKey.length == 0) revert EmptyPubKey();
        id = ++demandCount;
        _demands[id] = Demand({
            buyer: msg.sender,
            spec: spec,
            maxPrice: maxPrice,
            buyerPubKey: buyerPubKey,
            deadline: deadline,
            open: true
        });
        emit DemandPosted(id, msg.sender, spec, maxPrice, buyerPubKey, deadline);
    }

    /// @notice Closes a demand (its buyer only).
    function cancelDemand(uint256 id) external {
        _requireDemand(id);
        Demand storage d = _demands[id];
        if (d.buyer != msg.sender) revert NotDemandBuyer(id, msg.sender);
        if (!d.open) revert DemandClosed(id);
        d.open = false;
        emit DemandCancelled(id);
    }

    /// @notice Returns a demand; reverts UnknownDemand for an id never posted.
    function getDemand(uint256 id) external view returns (Demand memory) {
        _requireDemand(id);
        return _demands[id];
    }

    /// @notice Offers an active listing the caller owns on an open, unexpired demand at price <= maxPrice.
    /// @return offerIndex the offer's index in offers(demandId).
    function makeOffer(uint256 demandId, uint256 listingId, uint256 price)
        external
        onlySeller(listingId)
        returns (uint256 offerIndex)
    {
        _requireDemand(demandId);
        Demand storage d = _demands[demandId];
        if (!d.open) revert DemandClosed(demandId);
        if (block.timestamp >= d.deadline) revert DemandExpired(demandId, d.deadline);
        if (!_listings[listingId].active) revert ListingInactive(listingId);
        if (price == 0) revert ZeroPrice();
        if (price > d.maxPrice) revert OfferAboveMaxPrice(price, d.maxPrice);
        offerIndex = _offers[demandId].length;
        _offers[demandId].push(
            Offer({listingId: listingId, seller: msg.sender, price: price, madeAt: uint64(block.timestamp)})
        );
        emit OfferMade(demandId, offerIndex, listingId, msg.sender, price);
    }

    /// @notice Returns every offer made on a demand, in order.
    function getOffers(uint256 demandId) external view returns (Offer[] memory) {
        _requireDemand(demandId);
        return _offers[demandId];
    }

    /// @notice Returns one offer; reverts UnknownDemand or UnknownOffer.
    function getOffer(uint256 demandId, uint256 offerIndex) external view returns (Offer memory) {
        _requireDemand(demandId);
        if (offerIndex >= _offers[demandId].length) revert UnknownOffer(demandId, offerIndex);
        return _offers[demandId][offerIndex];
    }

    // ---- escrow hooks ----

    /// @notice Escrow only: locks a listing for a paid ownership trade.
    function lockListing(uint256 id) external onlyEscrow {
        _requireListing(id);
        Listing storage l = _listings[id];
        if (l.locked) revert ListingIsLocked(id);
        l.locked = true;
        emit ListingLockChanged(id, true);
    }

    /// @notice Escrow only: unlocks a listing after its ownership trade ended without a commit.
    function unlockListing(uint256 id) external onlyEscrow {
        _requireListing(id);
        Listing storage l = _listings[id];
        if (!l.locked) revert ListingNotLocked(id);
        l.locked = false;
        emit ListingLockChanged(id, false);
    }

    /// @notice Escrow only: at the commit of an ownership trade, unlocks the listing, takes it off sale and
    /// transfers its token to the buyer.
    function escrowTransfer(uint256 id, address to) external onlyEscrow {
        _requireListing(id);
        Listing storage l = _listings[id];
        if (!l.locked) revert ListingNotLocked(id);
        l.locked = false;
        l.active = false;
        emit ListingLockChanged(id, false);
        emit ListingDelisted(id);
        _transfer(ownerOf(id), to, id);
    }

    /// @dev A locked listing's token moves only through the Escrow.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address) {
        if (_listings[tokenId].locked && msg.sender != escrow) revert ListingIsLocked(tokenId);
        return super._update(to, tokenId, auth);
    }

    function _requireListing(uint256 id) private view {
        if (id == 0 || id > listingCount) revert UnknownListing(id);
    }

    function _requireDemand(uint256 id) private view {
        if (id == 0 || id > demandCount) revert UnknownDemand(id);
    }
}
