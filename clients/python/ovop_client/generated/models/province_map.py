from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.province_map_features_item import ProvinceMapFeaturesItem
  from ..models.province_map_unmapped_item import ProvinceMapUnmappedItem





T = TypeVar("T", bound="ProvinceMap")



@_attrs_define
class ProvinceMap:
    """ A GeoJSON (RFC 7946) FeatureCollection of points at province seats, carrying the counts.

        Attributes:
            features (list[ProvinceMapFeaturesItem]):
            type_ (Literal['FeatureCollection']):
            unmapped (list[ProvinceMapUnmappedItem]): provinces without known coordinates, with their counts
     """

    features: list[ProvinceMapFeaturesItem]
    type_: Literal['FeatureCollection']
    unmapped: list[ProvinceMapUnmappedItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.province_map_features_item import ProvinceMapFeaturesItem # noqa: PLC0415
        from ..models.province_map_unmapped_item import ProvinceMapUnmappedItem # noqa: PLC0415
        features = []
        for features_item_data in self.features:
            features_item = features_item_data.to_dict()
            features.append(features_item)



        type_ = self.type_

        unmapped = []
        for unmapped_item_data in self.unmapped:
            unmapped_item = unmapped_item_data.to_dict()
            unmapped.append(unmapped_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "features": features,
            "type": type_,
            "unmapped": unmapped,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.province_map_features_item import ProvinceMapFeaturesItem # noqa: PLC0415
        from ..models.province_map_unmapped_item import ProvinceMapUnmappedItem # noqa: PLC0415
        d = dict(src_dict)
        features = []
        _features = d.pop("features")
        for features_item_data in (_features):
            features_item = ProvinceMapFeaturesItem.from_dict(features_item_data)



            features.append(features_item)


        type_ = cast(Literal['FeatureCollection'] , d.pop("type"))
        if type_ != 'FeatureCollection':
            raise ValueError(f"type must match const 'FeatureCollection', got '{type_}'")

        unmapped = []
        _unmapped = d.pop("unmapped")
        for unmapped_item_data in (_unmapped):
            unmapped_item = ProvinceMapUnmappedItem.from_dict(unmapped_item_data)



            unmapped.append(unmapped_item)


        province_map = cls(
            features=features,
            type_=type_,
            unmapped=unmapped,
        )


        province_map.additional_properties = d
        return province_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
