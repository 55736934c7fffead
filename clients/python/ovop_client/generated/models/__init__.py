""" Contains all the data models used in inputs/outputs """

from .accepted import Accepted
from .access_token import AccessToken
from .amount import Amount
from .application import Application
from .application_availability_type_0_item import ApplicationAvailabilityType0Item
from .application_create import ApplicationCreate
from .application_page import ApplicationPage
from .application_status import ApplicationStatus
from .attempt import Attempt
from .badge import Badge
from .badge_key import BadgeKey
from .badge_key_jwk import BadgeKeyJwk
from .badge_kind import BadgeKind
from .booking import Booking
from .booking_cancelled import BookingCancelled
from .booking_cancelled_status import BookingCancelledStatus
from .booking_create import BookingCreate
from .booking_move import BookingMove
from .booking_moved import BookingMoved
from .booking_moved_status import BookingMovedStatus
from .booking_page import BookingPage
from .booking_status import BookingStatus
from .booth import Booth
from .booth_add import BoothAdd
from .booth_add_zone_type_0 import BoothAddZoneType0
from .booth_in import BoothIn
from .booth_in_zone_type_0 import BoothInZoneType0
from .booth_out import BoothOut
from .booth_out_status import BoothOutStatus
from .booth_patch import BoothPatch
from .booth_patch_zone import BoothPatchZone
from .booth_status import BoothStatus
from .booth_type import BoothType
from .buyer_create import BuyerCreate
from .buyer_listed import BuyerListed
from .buyer_page import BuyerPage
from .buyer_registration import BuyerRegistration
from .catalogue_product import CatalogueProduct
from .catalogue_product_page import CatalogueProductPage
from .certificate_input import CertificateInput
from .certificate_input_standard import CertificateInputStandard
from .certificate_page import CertificatePage
from .certificate_public import CertificatePublic
from .certification import Certification
from .certification_held import CertificationHeld
from .certification_status_type_0 import CertificationStatusType0
from .check_in import CheckIn
from .check_in_create import CheckInCreate
from .check_in_kind import CheckInKind
from .check_in_listed import CheckInListed
from .check_in_listed_kind import CheckInListedKind
from .check_in_page import CheckInPage
from .checked_in import CheckedIn
from .checklist_item import ChecklistItem
from .comparison import Comparison
from .converted import Converted
from .converted_price import ConvertedPrice
from .council import Council
from .council_public import CouncilPublic
from .dead_letter import DeadLetter
from .dead_letter_origin import DeadLetterOrigin
from .dead_letter_page import DeadLetterPage
from .dead_letter_replayed import DeadLetterReplayed
from .deal_cell import DealCell
from .deal_cell_channel import DealCellChannel
from .deal_indicators import DealIndicators
from .deal_move import DealMove
from .deal_move_status import DealMoveStatus
from .deal_page import DealPage
from .deal_public import DealPublic
from .deal_public_status import DealPublicStatus
from .deal_status import DealStatus
from .decision import Decision
from .decline import Decline
from .delivery import Delivery
from .delivery_detail import DeliveryDetail
from .delivery_detail_payload import DeliveryDetailPayload
from .delivery_detail_status import DeliveryDetailStatus
from .delivery_page import DeliveryPage
from .delivery_payload import DeliveryPayload
from .delivery_status import DeliveryStatus
from .delivery_window import DeliveryWindow
from .dossier_document import DossierDocument
from .eligibility_in import EligibilityIn
from .eligibility_in_groups_item import EligibilityInGroupsItem
from .eligibility_out import EligibilityOut
from .eligibility_patch import EligibilityPatch
from .eligibility_patch_groups_type_0_item import EligibilityPatchGroupsType0Item
from .evaluation_input import EvaluationInput
from .evaluation_input_scorecard import EvaluationInputScorecard
from .evaluation_page import EvaluationPage
from .evaluation_public import EvaluationPublic
from .evaluation_public_scorecard import EvaluationPublicScorecard
from .evaluation_scheme import EvaluationScheme
from .evaluation_scheme_council_levels import EvaluationSchemeCouncilLevels
from .event_type_info import EventTypeInfo
from .event_type_list import EventTypeList
from .events_decision import EventsDecision
from .events_decision_decision import EventsDecisionDecision
from .events_registration_page import EventsRegistrationPage
from .fair import Fair
from .fair_create import FairCreate
from .fair_edited import FairEdited
from .fair_kind import FairKind
from .fair_outcomes import FairOutcomes
from .fair_page import FairPage
from .fair_patch import FairPatch
from .fair_report import FairReport
from .fair_summary import FairSummary
from .fairs_report import FairsReport
from .figure_input import FigureInput
from .figure_public import FigurePublic
from .focal_point_directory import FocalPointDirectory
from .focal_point_input import FocalPointInput
from .focal_point_public import FocalPointPublic
from .forum import Forum
from .forum_create import ForumCreate
from .forum_page import ForumPage
from .forum_registration import ForumRegistration
from .forum_registration_create import ForumRegistrationCreate
from .forum_registration_ended import ForumRegistrationEnded
from .forum_registration_ended_status import ForumRegistrationEndedStatus
from .forum_registration_status import ForumRegistrationStatus
from .forum_session import ForumSession
from .forum_session_create import ForumSessionCreate
from .forum_summary import ForumSummary
from .funnel import Funnel
from .funnel_row import FunnelRow
from .get_indicator_map_scope import GetIndicatorMapScope
from .get_indicators_scope import GetIndicatorsScope
from .green_area import GreenArea
from .green_input import GreenInput
from .green_input_scores import GreenInputScores
from .green_public import GreenPublic
from .green_public_scores import GreenPublicScores
from .green_scheme import GreenScheme
from .hall_in import HallIn
from .hall_out import HallOut
from .history_entry import HistoryEntry
from .history_entry_changes import HistoryEntryChanges
from .history_page import HistoryPage
from .import_job import ImportJob
from .import_job_format import ImportJobFormat
from .import_job_kind import ImportJobKind
from .import_job_status import ImportJobStatus
from .import_rejection import ImportRejection
from .import_rejection_page import ImportRejectionPage
from .inbox_item import InboxItem
from .inbox_page import InboxPage
from .indicator_plan import IndicatorPlan
from .indicator_summary import IndicatorSummary
from .indicator_summary_scope import IndicatorSummaryScope
from .interval import Interval
from .interval_out import IntervalOut
from .issue_token_body import IssueTokenBody
from .issue_token_body_grant_type import IssueTokenBodyGrantType
from .issue_token_body_subject_token_type import IssueTokenBodySubjectTokenType
from .list_bookings_status_type_0 import ListBookingsStatusType0
from .list_bookings_zone_type_0 import ListBookingsZoneType0
from .list_catalogue_products_group_type_0 import ListCatalogueProductsGroupType0
from .list_meetings_status_type_0 import ListMeetingsStatusType0
from .list_webhook_deliveries_status_type_0 import ListWebhookDeliveriesStatusType0
from .list_wishes_source_type_0 import ListWishesSourceType0
from .match_answer import MatchAnswer
from .match_answer_status import MatchAnswerStatus
from .match_page import MatchPage
from .match_public import MatchPublic
from .matching_place import MatchingPlace
from .matching_price_range import MatchingPriceRange
from .matching_producer_page import MatchingProducerPage
from .meeting import Meeting
from .meeting_cancelled import MeetingCancelled
from .meeting_counts import MeetingCounts
from .meeting_page import MeetingPage
from .meeting_status import MeetingStatus
from .message_create import MessageCreate
from .message_page import MessagePage
from .message_public import MessagePublic
from .message_public_author import MessagePublicAuthor
from .no_show import NoShow
from .no_show_absent import NoShowAbsent
from .no_show_create import NoShowCreate
from .no_show_create_absent_type_0 import NoShowCreateAbsentType0
from .offer import Offer
from .organiser_add import OrganiserAdd
from .organisers import Organisers
from .outcome import Outcome
from .outcome_by_country import OutcomeByCountry
from .outcome_by_country_deal_value import OutcomeByCountryDealValue
from .outcome_by_group import OutcomeByGroup
from .outcome_by_group_deal_value import OutcomeByGroupDealValue
from .outcome_create import OutcomeCreate
from .outcome_create_outcome import OutcomeCreateOutcome
from .outcome_outcome import OutcomeOutcome
from .outcomes_out import OutcomesOut
from .place import Place
from .plan_indicator import PlanIndicator
from .plan_point import PlanPoint
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
from .programme_list import ProgrammeList
from .programme_list_programmes import ProgrammeListProgrammes
from .programme_out import ProgrammeOut
from .programme_rules import ProgrammeRules
from .province_map import ProvinceMap
from .province_map_features_item import ProvinceMapFeaturesItem
from .province_map_unmapped_item import ProvinceMapUnmappedItem
from .quantity import Quantity
from .query_report import QueryReport
from .quote_compared import QuoteCompared
from .quote_compared_status import QuoteComparedStatus
from .quote_create import QuoteCreate
from .quote_create_incoterm import QuoteCreateIncoterm
from .quote_page import QuotePage
from .quote_public import QuotePublic
from .quote_public_status import QuotePublicStatus
from .quote_status import QuoteStatus
from .rating import Rating
from .reason import Reason
from .registration_page import RegistrationPage
from .registration_public import RegistrationPublic
from .registration_public_dossier_item import RegistrationPublicDossierItem
from .registration_state import RegistrationState
from .registration_status import RegistrationStatus
from .registration_step import RegistrationStep
from .registration_step_checklist_type_0 import RegistrationStepChecklistType0
from .registration_step_dossier_type_0_item import RegistrationStepDossierType0Item
from .registration_summary import RegistrationSummary
from .registry_nodes import RegistryNodes
from .request_for_producer import RequestForProducer
from .review import Review
from .review_checklist import ReviewChecklist
from .rfq_create import RfqCreate
from .rfq_create_group_type_0 import RfqCreateGroupType0
from .rfq_page import RfqPage
from .rfq_patch import RfqPatch
from .rfq_patch_group_type_0 import RfqPatchGroupType0
from .rfq_patch_status_type_0 import RfqPatchStatusType0
from .rfq_public import RfqPublic
from .rfq_status import RfqStatus
from .row_error import RowError
from .schedule_result import ScheduleResult
from .score_part import ScorePart
from .search_catalogue_group_type_0 import SearchCatalogueGroupType0
from .search_catalogue_sort import SearchCatalogueSort
from .search_hit import SearchHit
from .search_results import SearchResults
from .search_results_facets import SearchResultsFacets
from .search_results_facets_additional_property import SearchResultsFacetsAdditionalProperty
from .secret_rotation import SecretRotation
from .session_in import SessionIn
from .session_out import SessionOut
from .slot_out import SlotOut
from .standard import Standard
from .standard_list import StandardList
from .star_band import StarBand
from .start_producer_import_format_type_0 import StartProducerImportFormatType0
from .start_product_import_format_type_0 import StartProductImportFormatType0
from .submission import Submission
from .subscription_create import SubscriptionCreate
from .subscription_create_event_types_item import SubscriptionCreateEventTypesItem
from .subscription_created import SubscriptionCreated
from .subscription_page import SubscriptionPage
from .subscription_public import SubscriptionPublic
from .sweep_request import SweepRequest
from .sweep_result import SweepResult
from .trade_indicators_deals_channel_type_0 import TradeIndicatorsDealsChannelType0
from .trade_indicators_deals_format import TradeIndicatorsDealsFormat
from .trade_indicators_deals_group_type_0 import TradeIndicatorsDealsGroupType0
from .trade_indicators_fairs_format import TradeIndicatorsFairsFormat
from .trade_indicators_funnel_channel_type_0 import TradeIndicatorsFunnelChannelType0
from .trade_indicators_funnel_format import TradeIndicatorsFunnelFormat
from .trade_indicators_funnel_group_type_0 import TradeIndicatorsFunnelGroupType0
from .venue import Venue
from .venue_in import VenueIn
from .waitlist_entry import WaitlistEntry
from .waitlist_entry_status import WaitlistEntryStatus
from .waitlist_join import WaitlistJoin
from .waitlist_page import WaitlistPage
from .webhook_payload import WebhookPayload
from .webhook_payload_data import WebhookPayloadData
from .window_in import WindowIn
from .window_out import WindowOut
from .wish import Wish
from .wish_answer import WishAnswer
from .wish_answer_answer import WishAnswerAnswer
from .wish_answer_type_0 import WishAnswerType0
from .wish_answered import WishAnswered
from .wish_answered_answer_type_0 import WishAnsweredAnswerType0
from .wish_answered_source import WishAnsweredSource
from .wish_create import WishCreate
from .wish_create_source import WishCreateSource
from .wish_listed import WishListed
from .wish_listed_answer_type_0 import WishListedAnswerType0
from .wish_listed_source import WishListedSource
from .wish_page import WishPage
from .wish_source import WishSource

__all__ = (
    "Accepted",
    "AccessToken",
    "Amount",
    "Application",
    "ApplicationAvailabilityType0Item",
    "ApplicationCreate",
    "ApplicationPage",
    "ApplicationStatus",
    "Attempt",
    "Badge",
    "BadgeKey",
    "BadgeKeyJwk",
    "BadgeKind",
    "Booking",
    "BookingCancelled",
    "BookingCancelledStatus",
    "BookingCreate",
    "BookingMove",
    "BookingMoved",
    "BookingMovedStatus",
    "BookingPage",
    "BookingStatus",
    "Booth",
    "BoothAdd",
    "BoothAddZoneType0",
    "BoothIn",
    "BoothInZoneType0",
    "BoothOut",
    "BoothOutStatus",
    "BoothPatch",
    "BoothPatchZone",
    "BoothStatus",
    "BoothType",
    "BuyerCreate",
    "BuyerListed",
    "BuyerPage",
    "BuyerRegistration",
    "CatalogueProduct",
    "CatalogueProductPage",
    "CertificateInput",
    "CertificateInputStandard",
    "CertificatePage",
    "CertificatePublic",
    "Certification",
    "CertificationHeld",
    "CertificationStatusType0",
    "CheckedIn",
    "CheckIn",
    "CheckInCreate",
    "CheckInKind",
    "CheckInListed",
    "CheckInListedKind",
    "CheckInPage",
    "ChecklistItem",
    "Comparison",
    "Converted",
    "ConvertedPrice",
    "Council",
    "CouncilPublic",
    "DeadLetter",
    "DeadLetterOrigin",
    "DeadLetterPage",
    "DeadLetterReplayed",
    "DealCell",
    "DealCellChannel",
    "DealIndicators",
    "DealMove",
    "DealMoveStatus",
    "DealPage",
    "DealPublic",
    "DealPublicStatus",
    "DealStatus",
    "Decision",
    "Decline",
    "Delivery",
    "DeliveryDetail",
    "DeliveryDetailPayload",
    "DeliveryDetailStatus",
    "DeliveryPage",
    "DeliveryPayload",
    "DeliveryStatus",
    "DeliveryWindow",
    "DossierDocument",
    "EligibilityIn",
    "EligibilityInGroupsItem",
    "EligibilityOut",
    "EligibilityPatch",
    "EligibilityPatchGroupsType0Item",
    "EvaluationInput",
    "EvaluationInputScorecard",
    "EvaluationPage",
    "EvaluationPublic",
    "EvaluationPublicScorecard",
    "EvaluationScheme",
    "EvaluationSchemeCouncilLevels",
    "EventsDecision",
    "EventsDecisionDecision",
    "EventsRegistrationPage",
    "EventTypeInfo",
    "EventTypeList",
    "Fair",
    "FairCreate",
    "FairEdited",
    "FairKind",
    "FairOutcomes",
    "FairPage",
    "FairPatch",
    "FairReport",
    "FairsReport",
    "FairSummary",
    "FigureInput",
    "FigurePublic",
    "FocalPointDirectory",
    "FocalPointInput",
    "FocalPointPublic",
    "Forum",
    "ForumCreate",
    "ForumPage",
    "ForumRegistration",
    "ForumRegistrationCreate",
    "ForumRegistrationEnded",
    "ForumRegistrationEndedStatus",
    "ForumRegistrationStatus",
    "ForumSession",
    "ForumSessionCreate",
    "ForumSummary",
    "Funnel",
    "FunnelRow",
    "GetIndicatorMapScope",
    "GetIndicatorsScope",
    "GreenArea",
    "GreenInput",
    "GreenInputScores",
    "GreenPublic",
    "GreenPublicScores",
    "GreenScheme",
    "HallIn",
    "HallOut",
    "HistoryEntry",
    "HistoryEntryChanges",
    "HistoryPage",
    "ImportJob",
    "ImportJobFormat",
    "ImportJobKind",
    "ImportJobStatus",
    "ImportRejection",
    "ImportRejectionPage",
    "InboxItem",
    "InboxPage",
    "IndicatorPlan",
    "IndicatorSummary",
    "IndicatorSummaryScope",
    "Interval",
    "IntervalOut",
    "IssueTokenBody",
    "IssueTokenBodyGrantType",
    "IssueTokenBodySubjectTokenType",
    "ListBookingsStatusType0",
    "ListBookingsZoneType0",
    "ListCatalogueProductsGroupType0",
    "ListMeetingsStatusType0",
    "ListWebhookDeliveriesStatusType0",
    "ListWishesSourceType0",
    "MatchAnswer",
    "MatchAnswerStatus",
    "MatchingPlace",
    "MatchingPriceRange",
    "MatchingProducerPage",
    "MatchPage",
    "MatchPublic",
    "Meeting",
    "MeetingCancelled",
    "MeetingCounts",
    "MeetingPage",
    "MeetingStatus",
    "MessageCreate",
    "MessagePage",
    "MessagePublic",
    "MessagePublicAuthor",
    "NoShow",
    "NoShowAbsent",
    "NoShowCreate",
    "NoShowCreateAbsentType0",
    "Offer",
    "OrganiserAdd",
    "Organisers",
    "Outcome",
    "OutcomeByCountry",
    "OutcomeByCountryDealValue",
    "OutcomeByGroup",
    "OutcomeByGroupDealValue",
    "OutcomeCreate",
    "OutcomeCreateOutcome",
    "OutcomeOutcome",
    "OutcomesOut",
    "Place",
    "PlanIndicator",
    "PlanPoint",
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
    "ProgrammeList",
    "ProgrammeListProgrammes",
    "ProgrammeOut",
    "ProgrammeRules",
    "ProvinceMap",
    "ProvinceMapFeaturesItem",
    "ProvinceMapUnmappedItem",
    "Quantity",
    "QueryReport",
    "QuoteCompared",
    "QuoteComparedStatus",
    "QuoteCreate",
    "QuoteCreateIncoterm",
    "QuotePage",
    "QuotePublic",
    "QuotePublicStatus",
    "QuoteStatus",
    "Rating",
    "Reason",
    "RegistrationPage",
    "RegistrationPublic",
    "RegistrationPublicDossierItem",
    "RegistrationState",
    "RegistrationStatus",
    "RegistrationStep",
    "RegistrationStepChecklistType0",
    "RegistrationStepDossierType0Item",
    "RegistrationSummary",
    "RegistryNodes",
    "RequestForProducer",
    "Review",
    "ReviewChecklist",
    "RfqCreate",
    "RfqCreateGroupType0",
    "RfqPage",
    "RfqPatch",
    "RfqPatchGroupType0",
    "RfqPatchStatusType0",
    "RfqPublic",
    "RfqStatus",
    "RowError",
    "ScheduleResult",
    "ScorePart",
    "SearchCatalogueGroupType0",
    "SearchCatalogueSort",
    "SearchHit",
    "SearchResults",
    "SearchResultsFacets",
    "SearchResultsFacetsAdditionalProperty",
    "SecretRotation",
    "SessionIn",
    "SessionOut",
    "SlotOut",
    "Standard",
    "StandardList",
    "StarBand",
    "StartProducerImportFormatType0",
    "StartProductImportFormatType0",
    "Submission",
    "SubscriptionCreate",
    "SubscriptionCreated",
    "SubscriptionCreateEventTypesItem",
    "SubscriptionPage",
    "SubscriptionPublic",
    "SweepRequest",
    "SweepResult",
    "TradeIndicatorsDealsChannelType0",
    "TradeIndicatorsDealsFormat",
    "TradeIndicatorsDealsGroupType0",
    "TradeIndicatorsFairsFormat",
    "TradeIndicatorsFunnelChannelType0",
    "TradeIndicatorsFunnelFormat",
    "TradeIndicatorsFunnelGroupType0",
    "Venue",
    "VenueIn",
    "WaitlistEntry",
    "WaitlistEntryStatus",
    "WaitlistJoin",
    "WaitlistPage",
    "WebhookPayload",
    "WebhookPayloadData",
    "WindowIn",
    "WindowOut",
    "Wish",
    "WishAnswer",
    "WishAnswerAnswer",
    "WishAnswered",
    "WishAnsweredAnswerType0",
    "WishAnsweredSource",
    "WishAnswerType0",
    "WishCreate",
    "WishCreateSource",
    "WishListed",
    "WishListedAnswerType0",
    "WishListedSource",
    "WishPage",
    "WishSource",
)
