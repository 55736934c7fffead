from typing import Literal

SearchCatalogueSort = Literal['price_asc', 'price_desc', 'relevance', 'stars']

SEARCH_CATALOGUE_SORT_VALUES: set[SearchCatalogueSort] = { 'price_asc', 'price_desc', 'relevance', 'stars',  }

def check_search_catalogue_sort(value: str) -> SearchCatalogueSort:
    if value in SEARCH_CATALOGUE_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_CATALOGUE_SORT_VALUES!r}")
