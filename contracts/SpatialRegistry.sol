// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Market} from "./Market.sol";

/// @title SpatialRegistry
/// @notice The hashid of a spatial listing, hash(time, space, attributes), recorded once by the listing's owner.
/// @dev The hashid is computed off chain by the Go function spatial.HashID; hashIdOf recomputes the same
/// encoding so that a client can check a recorded hashid against the listing's metadata without trusting
/// the Go code:
/// keccak256(abi.encode(keccak256(HASHID_TYPE), time, keccak256(bytes(geohash)), minLon, minLat, maxLon, maxLat,
/// attributes)) with coordinates in degrees times 10^7.
contract SpatialRegistry {
    /// @notice The type string of the hashid encoding (spatial.HashIDType).
    string public constant HASHID_TYPE =
        "SpatialListing(int64 time,string geohash,int32 minLon,int32 minLat,int32 maxLon,int32 maxLat,bytes32 attributes)";

    /// @notice One recorded hashid.
    struct Record {
        bytes32 hashId;
        address owner;
        uint64 at;
    }

    /// @notice The Market whose listings are described.
    Market public immutable market;
    /// @notice Number of listings with a recorded hashid.
    uint256 public recordCount;

    mapping(uint256 => Record) private _records;

    event HashIdRecorded(uint256 indexed listingId, address indexed owner, bytes32 hashId);

    error UnknownListing(uint256 id);
    error NotListingOwner(uint256 listingId, address caller);
    error AlreadyRecorded(uint256 listingId, bytes32 hashId);
    error ZeroHashId();
    error NotRecorded(uint256 listingId);

    constructor(Market market_) {
        market = market_;
    }

    /// @notice Records the hashid of a listing, once, by its owner.
    function record(uint256 listingId, bytes32 hashId) external {
        if (listingId == 0 || listingId > market.listingCount()) revert UnknownListing(listingId);
        if (market.ownerOf(listingId) != msg.sender) revert NotListingOwner(listingId, msg.sender);
        if (hashId == bytes32(0)) revert ZeroHashId();
        Record storage r = _records[listingId];
        if (r.hashId != bytes32(0)) revert AlreadyRecorded(listingId, r.hashId);
        r.hashId = hashId;
        r.owner = msg.sender;
        r.at = uint64(block.timestamp);
        recordCount += 1;
        emit HashIdRecorded(listingId, msg.sender, hashId);
    }

    /// @notice Returns the record of a listing; reverts NotRecorded when it has none.
    function getRecord(uint256 listingId) external view returns (Record memory) {
        Record memory r = _records[listingId];
        if (r.hashId == bytes32(0)) revert NotRecorded(listingId);
        return r;
    }

    /// @notice Returns the hashid of a listing, or zero when none is recorded.
    function hashIdOf(uint256 listingId) external view returns (bytes32) {
        return _records[listingId].hashId;
    }

    /// @notice Computes a hashid from its parts, as spatial.HashID does.
    function computeHashId(
        int64 time,
        string calldata geohash,
        int32 minLon,
        int32 minLat,
        int32 maxLon,
        int32 maxLat,
        bytes32 attributes
    ) external pure returns (bytes32) {
        return keccak256(
            abi.encode(
                keccak256(bytes(HASHID_TYPE)),
                time,
                keccak256(bytes(geohash)),
                minLon,
                minLat,
                maxLon,
                maxLat,
                attributes
            )
        );
    }
}
