from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.query_report import QueryReport
  from ..models.search_hit import SearchHit
  from ..models.search_results_facets import SearchResultsFacets





T = TypeVar("T", bound="SearchResults")



@_attrs_define
class SearchResults:
    """ 
        Attributes:
            facets (SearchResultsFacets):
            items (list[SearchHit]):
            limit (int): the page size asked for
            next_ (None | str): the URL of the next page (also in the Link header); null on the last page
            offset (int): how many items came before this page
            total (int | None): how many items the whole list has; null where counting is not cheap
            query (None | QueryReport | Unset):
            suggestions (list[str] | Unset): when nothing answers: what would
     """

    facets: SearchResultsFacets
    items: list[SearchHit]
    limit: int
    next_: None | str
    offset: int
    total: int | None
    query: None | QueryReport | Unset = UNSET
    suggestions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.query_report import QueryReport # noqa: PLC0415
        from ..models.search_hit import SearchHit # noqa: PLC0415
        from ..models.search_results_facets import SearchResultsFacets # noqa: PLC0415
        facets = self.facets.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        limit = self.limit

        next_: None | str
        next_ = self.next_

        offset = self.offset

        total: int | None
        total = self.total

        query: dict[str, Any] | None | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        elif isinstance(self.query, QueryReport):
            query = self.query.to_dict()
        else:
            query = self.query

        suggestions: list[str] | Unset = UNSET
        if not isinstance(self.suggestions, Unset):
            suggestions = self.suggestions




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "facets": facets,
            "items": items,
            "limit": limit,
            "next": next_,
            "offset": offset,
            "total": total,
        })
        if query is not UNSET:
            field_dict["query"] = query
        if suggestions is not UNSET:
            field_dict["suggestions"] = suggestions

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_report import QueryReport # noqa: PLC0415
        from ..models.search_hit import SearchHit # noqa: PLC0415
        from ..models.search_results_facets import SearchResultsFacets # noqa: PLC0415
        d = dict(src_dict)
        facets = SearchResultsFacets.from_dict(d.pop("facets"))




        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = SearchHit.from_dict(items_item_data)



            items.append(items_item)


        limit = d.pop("limit")

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))


        offset = d.pop("offset")

        def _parse_total(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total = _parse_total(d.pop("total"))


        def _parse_query(data: object) -> None | QueryReport | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                query_type_0 = QueryReport.from_dict(data)



                return query_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QueryReport | Unset, data)

        query = _parse_query(d.pop("query", UNSET))


        suggestions = cast(list[str], d.pop("suggestions", UNSET))


        search_results = cls(
            facets=facets,
            items=items,
            limit=limit,
            next_=next_,
            offset=offset,
            total=total,
            query=query,
            suggestions=suggestions,
        )


        search_results.additional_properties = d
        return search_results

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
