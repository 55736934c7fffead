""" Contains all the data models used in inputs/outputs """

from .accept_booth_offer_response_accept_booth_offer import AcceptBoothOfferResponseAcceptBoothOffer
from .add_meeting_wish_response_add_meeting_wish import AddMeetingWishResponseAddMeetingWish
from .application_create import ApplicationCreate
from .application_status import ApplicationStatus
from .apply_to_exhibit_response_apply_to_exhibit import ApplyToExhibitResponseApplyToExhibit
from .attempt import Attempt
from .book_booth_response_book_booth import BookBoothResponseBookBooth
from .booking_create import BookingCreate
from .booth_in import BoothIn
from .booth_in_zone_type_0 import BoothInZoneType0
from .booth_type import BoothType
from .buyer_create import BuyerCreate
from .cancel_booking_response_cancel_booking import CancelBookingResponseCancelBooking
from .cancel_meeting_response_cancel_meeting import CancelMeetingResponseCancelMeeting
from .certification import Certification
from .certification_held import CertificationHeld
from .converted_price import ConvertedPrice
from .create_fair_response_create_fair import CreateFairResponseCreateFair
from .decide_application_response_decide_application import DecideApplicationResponseDecideApplication
from .decision import Decision
from .decision_decision import DecisionDecision
from .delivery import Delivery
from .delivery_detail import DeliveryDetail
from .delivery_detail_payload import DeliveryDetailPayload
from .delivery_detail_status import DeliveryDetailStatus
from .delivery_page import DeliveryPage
from .delivery_payload import DeliveryPayload
from .delivery_status import DeliveryStatus
from .delivery_window import DeliveryWindow
from .eligibility_in import EligibilityIn
from .eligibility_in_groups_item import EligibilityInGroupsItem
from .event_type_info import EventTypeInfo
from .event_type_list import EventTypeList
from .fair_create import FairCreate
from .fair_kind import FairKind
from .get_application_response_get_application import GetApplicationResponseGetApplication
from .get_catalogue_product_response_get_catalogue_product import GetCatalogueProductResponseGetCatalogueProduct
from .get_fair_response_get_fair import GetFairResponseGetFair
from .get_indicator_map_scope import GetIndicatorMapScope
from .get_indicators_response_get_indicators import GetIndicatorsResponseGetIndicators
from .get_indicators_scope import GetIndicatorsScope
from .get_waitlist_response_200_item import GetWaitlistResponse200Item
from .hall_in import HallIn
from .healthz_response_healthz import HealthzResponseHealthz
from .history_entry import HistoryEntry
from .history_entry_changes import HistoryEntryChanges
from .interval import Interval
from .issue_token_body import IssueTokenBody
from .issue_token_body_grant_type import IssueTokenBodyGrantType
from .issue_token_response_200 import IssueTokenResponse200
from .join_waitlist_response_join_waitlist import JoinWaitlistResponseJoinWaitlist
from .list_applications_response_200_item import ListApplicationsResponse200Item
from .list_bookings_response_200_item import ListBookingsResponse200Item
from .list_catalogue_products_group_type_0 import ListCatalogueProductsGroupType0
from .list_catalogue_products_response_list_catalogue_products import ListCatalogueProductsResponseListCatalogueProducts
from .list_dead_letters_response_200_item import ListDeadLettersResponse200Item
from .list_fairs_response_200_item import ListFairsResponse200Item
from .list_meetings_response_200_item import ListMeetingsResponse200Item
from .list_registry_nodes_response_list_registry_nodes import ListRegistryNodesResponseListRegistryNodes
from .list_webhook_deliveries_status_type_0 import ListWebhookDeliveriesStatusType0
from .match_answer import MatchAnswer
from .match_answer_status import MatchAnswerStatus
from .match_public import MatchPublic
from .matching_producer_page import MatchingProducerPage
from .organiser_add import OrganiserAdd
from .organisers import Organisers
from .place import Place
from .price_range import PriceRange
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem
from .producer_create import ProducerCreate
from .producer_page import ProducerPage
from .producer_public import ProducerPublic
from .producer_summary import ProducerSummary
from .producer_summary_place_type_0 import ProducerSummaryPlaceType0
from .producer_type import ProducerType
from .product_create import ProductCreate
from .product_group import ProductGroup
from .product_page import ProductPage
from .product_public import ProductPublic
from .product_status import ProductStatus
from .programme import Programme
from .programme_in import ProgrammeIn
from .quantity import Quantity
from .query_report import QueryReport
from .readiness import Readiness
from .readiness_checks import ReadinessChecks
from .readiness_status import ReadinessStatus
from .reason import Reason
from .register_buyer_response_register_buyer import RegisterBuyerResponseRegisterBuyer
from .replay_dead_letter_response_replay_dead_letter import ReplayDeadLetterResponseReplayDeadLetter
from .rfq_create import RfqCreate
from .rfq_create_group_type_0 import RfqCreateGroupType0
from .rfq_patch import RfqPatch
from .rfq_patch_group_type_0 import RfqPatchGroupType0
from .rfq_patch_status_type_0 import RfqPatchStatusType0
from .rfq_public import RfqPublic
from .rfq_status import RfqStatus
from .schedule_meetings_response_schedule_meetings import ScheduleMeetingsResponseScheduleMeetings
from .search_catalogue_group_type_0 import SearchCatalogueGroupType0
from .search_catalogue_sort import SearchCatalogueSort
from .search_hit import SearchHit
from .search_hit_product import SearchHitProduct
from .search_results import SearchResults
from .search_results_facets import SearchResultsFacets
from .search_results_facets_additional_property import SearchResultsFacetsAdditionalProperty
from .session_in import SessionIn
from .start_import_format_type_0 import StartImportFormatType0
from .start_import_kind import StartImportKind
from .subscription_create import SubscriptionCreate
from .subscription_create_event_types_item import SubscriptionCreateEventTypesItem
from .subscription_created import SubscriptionCreated
from .subscription_page import SubscriptionPage
from .subscription_public import SubscriptionPublic
from .venue_in import VenueIn
from .waitlist_join import WaitlistJoin
from .webhook_payload import WebhookPayload
from .webhook_payload_data import WebhookPayloadData
from .window_in import WindowIn
from .wish_create import WishCreate
from .wish_create_source import WishCreateSource

__all__ = (
    "AcceptBoothOfferResponseAcceptBoothOffer",
    "AddMeetingWishResponseAddMeetingWish",
    "ApplicationCreate",
    "ApplicationStatus",
    "ApplyToExhibitResponseApplyToExhibit",
    "Attempt",
    "BookBoothResponseBookBooth",
    "BookingCreate",
    "BoothIn",
    "BoothInZoneType0",
    "BoothType",
    "BuyerCreate",
    "CancelBookingResponseCancelBooking",
    "CancelMeetingResponseCancelMeeting",
    "Certification",
    "CertificationHeld",
    "ConvertedPrice",
    "CreateFairResponseCreateFair",
    "DecideApplicationResponseDecideApplication",
    "Decision",
    "DecisionDecision",
    "Delivery",
    "DeliveryDetail",
    "DeliveryDetailPayload",
    "DeliveryDetailStatus",
    "DeliveryPage",
    "DeliveryPayload",
    "DeliveryStatus",
    "DeliveryWindow",
    "EligibilityIn",
    "EligibilityInGroupsItem",
    "EventTypeInfo",
    "EventTypeList",
    "FairCreate",
    "FairKind",
    "GetApplicationResponseGetApplication",
    "GetCatalogueProductResponseGetCatalogueProduct",
    "GetFairResponseGetFair",
    "GetIndicatorMapScope",
    "GetIndicatorsResponseGetIndicators",
    "GetIndicatorsScope",
    "GetWaitlistResponse200Item",
    "HallIn",
    "HealthzResponseHealthz",
    "HistoryEntry",
    "HistoryEntryChanges",
    "Interval",
    "IssueTokenBody",
    "IssueTokenBodyGrantType",
    "IssueTokenResponse200",
    "JoinWaitlistResponseJoinWaitlist",
    "ListApplicationsResponse200Item",
    "ListBookingsResponse200Item",
    "ListCatalogueProductsGroupType0",
    "ListCatalogueProductsResponseListCatalogueProducts",
    "ListDeadLettersResponse200Item",
    "ListFairsResponse200Item",
    "ListMeetingsResponse200Item",
    "ListRegistryNodesResponseListRegistryNodes",
    "ListWebhookDeliveriesStatusType0",
    "MatchAnswer",
    "MatchAnswerStatus",
    "MatchingProducerPage",
    "MatchPublic",
    "OrganiserAdd",
    "Organisers",
    "Place",
    "PriceRange",
    "Problem",
    "ProblemErrorsItem",
    "ProducerCreate",
    "ProducerPage",
    "ProducerPublic",
    "ProducerSummary",
    "ProducerSummaryPlaceType0",
    "ProducerType",
    "ProductCreate",
    "ProductGroup",
    "ProductPage",
    "ProductPublic",
    "ProductStatus",
    "Programme",
    "ProgrammeIn",
    "Quantity",
    "QueryReport",
    "Readiness",
    "ReadinessChecks",
    "ReadinessStatus",
    "Reason",
    "RegisterBuyerResponseRegisterBuyer",
    "ReplayDeadLetterResponseReplayDeadLetter",
    "RfqCreate",
    "RfqCreateGroupType0",
    "RfqPatch",
    "RfqPatchGroupType0",
    "RfqPatchStatusType0",
    "RfqPublic",
    "RfqStatus",
    "ScheduleMeetingsResponseScheduleMeetings",
    "SearchCatalogueGroupType0",
    "SearchCatalogueSort",
    "SearchHit",
    "SearchHitProduct",
    "SearchResults",
    "SearchResultsFacets",
    "SearchResultsFacetsAdditionalProperty",
    "SessionIn",
    "StartImportFormatType0",
    "StartImportKind",
    "SubscriptionCreate",
    "SubscriptionCreated",
    "SubscriptionCreateEventTypesItem",
    "SubscriptionPage",
    "SubscriptionPublic",
    "VenueIn",
    "WaitlistJoin",
    "WebhookPayload",
    "WebhookPayloadData",
    "WindowIn",
    "WishCreate",
    "WishCreateSource",
)
