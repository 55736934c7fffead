""" Contains all the data models used in inputs/outputs """

from .accept_booth_offer_response_accept_booth_offer import AcceptBoothOfferResponseAcceptBoothOffer
from .access_token import AccessToken
from .add_meeting_wish_response_add_meeting_wish import AddMeetingWishResponseAddMeetingWish
from .amount import Amount
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
from .catalogue_product import CatalogueProduct
from .catalogue_product_page import CatalogueProductPage
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
from .get_fair_response_get_fair import GetFairResponseGetFair
from .get_indicator_map_scope import GetIndicatorMapScope
from .get_indicators_scope import GetIndicatorsScope
from .get_waitlist_response_200_item import GetWaitlistResponse200Item
from .hall_in import HallIn
from .history_entry import HistoryEntry
from .history_entry_changes import HistoryEntryChanges
from .history_page import HistoryPage
from .import_job import ImportJob
from .import_job_format import ImportJobFormat
from .import_job_kind import ImportJobKind
from .import_job_status import ImportJobStatus
from .import_rejection import ImportRejection
from .import_rejection_page import ImportRejectionPage
from .indicator_summary import IndicatorSummary
from .indicator_summary_scope import IndicatorSummaryScope
from .interval import Interval
from .issue_token_body import IssueTokenBody
from .issue_token_body_grant_type import IssueTokenBodyGrantType
from .join_waitlist_response_join_waitlist import JoinWaitlistResponseJoinWaitlist
from .list_applications_response_200_item import ListApplicationsResponse200Item
from .list_bookings_response_200_item import ListBookingsResponse200Item
from .list_catalogue_products_group_type_0 import ListCatalogueProductsGroupType0
from .list_dead_letters_response_200_item import ListDeadLettersResponse200Item
from .list_fairs_response_200_item import ListFairsResponse200Item
from .list_meetings_response_200_item import ListMeetingsResponse200Item
from .list_webhook_deliveries_status_type_0 import ListWebhookDeliveriesStatusType0
from .match_answer import MatchAnswer
from .match_answer_status import MatchAnswerStatus
from .match_page import MatchPage
from .match_public import MatchPublic
from .matching_place import MatchingPlace
from .matching_price_range import MatchingPriceRange
from .matching_producer_page import MatchingProducerPage
from .organiser_add import OrganiserAdd
from .organisers import Organisers
from .place import Place
from .price_range import PriceRange
from .problem_details import ProblemDetails
from .problem_details_errors_item import ProblemDetailsErrorsItem
from .problem_details_type import ProblemDetailsType
from .problem_type import ProblemType
from .problem_type_list import ProblemTypeList
from .producer_counts import ProducerCounts
from .producer_counts_by_type import ProducerCountsByType
from .producer_create import ProducerCreate
from .producer_page import ProducerPage
from .producer_public import ProducerPublic
from .producer_summary import ProducerSummary
from .producer_type import ProducerType
from .product_certification import ProductCertification
from .product_counts import ProductCounts
from .product_counts_by_country import ProductCountsByCountry
from .product_counts_by_group import ProductCountsByGroup
from .product_counts_by_province_item import ProductCountsByProvinceItem
from .product_counts_by_rating_month import ProductCountsByRatingMonth
from .product_counts_by_stars import ProductCountsByStars
from .product_create import ProductCreate
from .product_group import ProductGroup
from .product_page import ProductPage
from .product_public import ProductPublic
from .product_status import ProductStatus
from .programme import Programme
from .programme_in import ProgrammeIn
from .province_map import ProvinceMap
from .province_map_features_item import ProvinceMapFeaturesItem
from .province_map_unmapped_item import ProvinceMapUnmappedItem
from .quantity import Quantity
from .query_report import QueryReport
from .reason import Reason
from .register_buyer_response_register_buyer import RegisterBuyerResponseRegisterBuyer
from .registry_nodes import RegistryNodes
from .replay_dead_letter_response_replay_dead_letter import ReplayDeadLetterResponseReplayDeadLetter
from .rfq_create import RfqCreate
from .rfq_create_group_type_0 import RfqCreateGroupType0
from .rfq_page import RfqPage
from .rfq_patch import RfqPatch
from .rfq_patch_group_type_0 import RfqPatchGroupType0
from .rfq_patch_status_type_0 import RfqPatchStatusType0
from .rfq_public import RfqPublic
from .rfq_status import RfqStatus
from .row_error import RowError
from .schedule_meetings_response_schedule_meetings import ScheduleMeetingsResponseScheduleMeetings
from .search_catalogue_group_type_0 import SearchCatalogueGroupType0
from .search_catalogue_sort import SearchCatalogueSort
from .search_hit import SearchHit
from .search_results import SearchResults
from .search_results_facets import SearchResultsFacets
from .search_results_facets_additional_property import SearchResultsFacetsAdditionalProperty
from .session_in import SessionIn
from .start_producer_import_format_type_0 import StartProducerImportFormatType0
from .start_product_import_format_type_0 import StartProductImportFormatType0
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
    "AccessToken",
    "AddMeetingWishResponseAddMeetingWish",
    "Amount",
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
    "CatalogueProduct",
    "CatalogueProductPage",
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
    "GetFairResponseGetFair",
    "GetIndicatorMapScope",
    "GetIndicatorsScope",
    "GetWaitlistResponse200Item",
    "HallIn",
    "HistoryEntry",
    "HistoryEntryChanges",
    "HistoryPage",
    "ImportJob",
    "ImportJobFormat",
    "ImportJobKind",
    "ImportJobStatus",
    "ImportRejection",
    "ImportRejectionPage",
    "IndicatorSummary",
    "IndicatorSummaryScope",
    "Interval",
    "IssueTokenBody",
    "IssueTokenBodyGrantType",
    "JoinWaitlistResponseJoinWaitlist",
    "ListApplicationsResponse200Item",
    "ListBookingsResponse200Item",
    "ListCatalogueProductsGroupType0",
    "ListDeadLettersResponse200Item",
    "ListFairsResponse200Item",
    "ListMeetingsResponse200Item",
    "ListWebhookDeliveriesStatusType0",
    "MatchAnswer",
    "MatchAnswerStatus",
    "MatchingPlace",
    "MatchingPriceRange",
    "MatchingProducerPage",
    "MatchPage",
    "MatchPublic",
    "OrganiserAdd",
    "Organisers",
    "Place",
    "PriceRange",
    "ProblemDetails",
    "ProblemDetailsErrorsItem",
    "ProblemDetailsType",
    "ProblemType",
    "ProblemTypeList",
    "ProducerCounts",
    "ProducerCountsByType",
    "ProducerCreate",
    "ProducerPage",
    "ProducerPublic",
    "ProducerSummary",
    "ProducerType",
    "ProductCertification",
    "ProductCounts",
    "ProductCountsByCountry",
    "ProductCountsByGroup",
    "ProductCountsByProvinceItem",
    "ProductCountsByRatingMonth",
    "ProductCountsByStars",
    "ProductCreate",
    "ProductGroup",
    "ProductPage",
    "ProductPublic",
    "ProductStatus",
    "Programme",
    "ProgrammeIn",
    "ProvinceMap",
    "ProvinceMapFeaturesItem",
    "ProvinceMapUnmappedItem",
    "Quantity",
    "QueryReport",
    "Reason",
    "RegisterBuyerResponseRegisterBuyer",
    "RegistryNodes",
    "ReplayDeadLetterResponseReplayDeadLetter",
    "RfqCreate",
    "RfqCreateGroupType0",
    "RfqPage",
    "RfqPatch",
    "RfqPatchGroupType0",
    "RfqPatchStatusType0",
    "RfqPublic",
    "RfqStatus",
    "RowError",
    "ScheduleMeetingsResponseScheduleMeetings",
    "SearchCatalogueGroupType0",
    "SearchCatalogueSort",
    "SearchHit",
    "SearchResults",
    "SearchResultsFacets",
    "SearchResultsFacetsAdditionalProperty",
    "SessionIn",
    "StartProducerImportFormatType0",
    "StartProductImportFormatType0",
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
