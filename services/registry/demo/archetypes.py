"""Real provinces and real product archetypes of several member states.

Each archetype: (group, HS code, local name, English name, description, unit, (price min, max) in the
country's currency, typical certifications, provinces where it is made)."""

COUNTRIES = {
    "VN": {
        "programme": "OCOP", "currency": "VND", "lang": "vi",
        "provinces": ["Hà Nội", "Kiên Giang", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Thái Nguyên", "Hà Giang",
                      "Bình Thuận", "Nghệ An", "Quảng Nam", "Hải Dương", "Sơn La", "Bến Tre", "An Giang",
                      "Thừa Thiên Huế", "Lào Cai", "Nam Định", "Cà Mau", "Đồng Tháp", "Bắc Giang"],
        "districts": ["Phú Quốc", "Gia Lâm", "Buôn Ma Thuột", "Đà Lạt", "Tân Cương", "Hội An", "Mộc Châu", "Phan Thiết"],
        "communes": ["Bát Tràng", "Vạn Phúc", "Dương Tơ", "Tân Cương", "Thanh Hà", "Phù Lãng", "Chuông", "Kim Bồng"],
        "producer_words": ("Hợp tác xã", "Công ty TNHH", "Hộ kinh doanh"),
        "names": ["Minh Phát", "Hồng Lam", "Tân Cương", "Phúc Lộc", "An Khang", "Hương Quê", "Sao Việt", "Bảo Ngọc"],
        "archetypes": [
            ("food", "210390", "Nước mắm {place}", "{place} fish sauce", "Traditional anchovy fish sauce, barrel-fermented 12 months, 40°N.", "l", (60000, 250000), ["HACCP", "GI"], ["Kiên Giang", "Bình Thuận", "Khánh Hòa"]),
            ("beverages", "090111", "Cà phê Robusta {place}", "{place} Robusta coffee beans", "Sun-dried Robusta from the Central Highlands, roasted to order.", "kg", (150000, 450000), ["VietGAP", "organic"], ["Đắk Lắk", "Lâm Đồng"]),
            ("beverages", "090220", "Chè Tân Cương {place}", "{place} green tea", "Hand-rolled green tea from hill gardens, first flush.", "kg", (300000, 1200000), ["VietGAP", "Green OCOP"], ["Thái Nguyên", "Hà Giang", "Sơn La"]),
            ("food", "040900", "Mật ong {place}", "{place} wild honey", "Raw honey from cross-bred bees foraging on longan and coffee blossom.", "kg", (180000, 400000), ["organic"], ["Hà Giang", "Đắk Lắk", "Sơn La"]),
            ("food", "100630", "Gạo ST25 {place}", "{place} ST25 fragrant rice", "Fragrant long-grain rice, winner of world's best rice awards.", "kg", (30000, 60000), ["VietGAP", "GlobalGAP"], ["An Giang", "Đồng Tháp", "Cà Mau"]),
            ("handicrafts", "691200", "Gốm Bát Tràng {place}", "Bát Tràng ceramics from {place}", "Hand-thrown glazed stoneware from the 700-year-old pottery village.", "piece", (80000, 2000000), ["OVOP standard"], ["Hà Nội", "Hải Dương"]),
            ("textiles", "500720", "Lụa Vạn Phúc {place}", "Vạn Phúc silk from {place}", "Jacquard silk woven on traditional looms.", "m", (150000, 600000), [], ["Hà Nội", "Quảng Nam"]),
            ("handicrafts", "460219", "Giỏ cói {place}", "{place} sea-grass baskets", "Hand-woven sea-grass storage baskets.", "piece", (50000, 300000), [], ["Nam Định", "Bến Tre"]),
            ("handicrafts", "440320", "Sơn mài {place}", "{place} lacquerware", "Layered lacquer trays and boxes with eggshell inlay.", "piece", (200000, 3000000), [], ["Hà Nội", "Thừa Thiên Huế"]),
            ("herbal", "121190", "Trà atisô {place}", "{place} artichoke herbal tea", "Dried artichoke flower and leaf tea.", "kg", (200000, 500000), ["HACCP"], ["Lâm Đồng", "Lào Cai"]),
            ("food", "081190", "Vải thiều sấy {place}", "{place} dried lychee", "Sun-dried Thanh Hà lychee.", "kg", (120000, 250000), ["VietGAP", "GI"], ["Hải Dương", "Bắc Giang"]),
            ("tourism_services", None, "Du lịch làng nghề {place}", "{place} craft-village homestay", "Homestay and workshop visits in a craft village.", "person", (300000, 1500000), [], ["Quảng Nam", "Hà Nội", "Lào Cai"]),
        ],
    },
    "KH": {
        "programme": "OVOP", "currency": "KHR", "lang": "km",
        "provinces": ["Kampot", "Kep", "Kampong Chhnang", "Siem Reap", "Battambang", "Takeo", "Kampong Speu",
                      "Mondulkiri", "Ratanakiri", "Kampong Cham", "Pursat", "Koh Kong", "Prey Veng", "Kandal"],
        "districts": ["Dang Tong", "Kampong Trach", "Rolea B'ier", "Bati", "Chbar Mon", "Sen Monorom"],
        "communes": ["Andoung Russey", "Kbal Romeas", "Ta Ches", "Svay Rieng", "Prey Kabbas"],
        "producer_words": ("សហគមន៍", "ក្រុមហ៊ុន", "គ្រួសារ"),
        "names": ["Sok Mean", "Chan Thy", "Srey Pov", "Angkor Gold", "Mekong Green", "Phnom Tbeng"],
        "archetypes": [
            ("food", "090411", "ម្រេចកំពត {place}", "Kampot pepper from {place}", "Black, red and white Kampot pepper, protected geographical indication.", "kg", (60000, 200000), ["GI", "organic"], ["Kampot", "Kep"]),
            ("food", "250100", "អំបិលកំពត {place}", "Kampot sea salt from {place}", "Sun-evaporated sea salt and fleur de sel.", "kg", (4000, 20000), ["GI"], ["Kampot", "Kep"]),
            ("handicrafts", "691200", "ឆ្នាំងដី {place}", "Kampong Chhnang clay pots from {place}", "Hand-coiled earthenware pots fired in open kilns.", "piece", (8000, 80000), [], ["Kampong Chhnang"]),
            ("textiles", "500720", "សូត្រ {place}", "Khmer silk from {place}", "Hol ikat silk woven on wooden looms.", "m", (40000, 200000), [], ["Takeo", "Prey Veng", "Kandal"]),
            ("food", "170290", "ស្ករត្នោត {place}", "{place} palm sugar", "Sugar palm sap boiled and crystallised.", "kg", (8000, 25000), ["organic", "GI"], ["Kampong Speu", "Takeo"]),
            ("food", "100630", "អង្ករផ្កាម្លិះ {place}", "{place} jasmine rice", "Phka Rumduol fragrant rice.", "kg", (3500, 8000), ["organic"], ["Battambang", "Prey Veng", "Takeo"]),
            ("beverages", "090111", "កាហ្វេ {place}", "{place} highland coffee", "Arabica and Robusta from the north-east highlands.", "kg", (30000, 90000), ["organic"], ["Mondulkiri", "Ratanakiri"]),
            ("food", "040900", "ទឹកឃ្មុំព្រៃ {place}", "{place} wild forest honey", "Honey collected by forest communities.", "kg", (30000, 80000), [], ["Mondulkiri", "Koh Kong"]),
            ("handicrafts", "460219", "កន្ត្រក {place}", "{place} rattan baskets", "Rattan and bamboo baskets.", "piece", (10000, 60000), [], ["Siem Reap", "Pursat"]),
        ],
    },
    "TH": {
        "programme": "OTOP", "currency": "THB", "lang": "th",
        "provinces": ["Chiang Mai", "Chiang Rai", "Khon Kaen", "Udon Thani", "Nakhon Ratchasima", "Surin",
                      "Lamphun", "Sukhothai", "Phetchaburi", "Nan", "Ubon Ratchathani", "Ratchaburi", "Songkhla",
                      "Samut Songkhram"],
        "districts": ["San Kamphaeng", "Mae Rim", "Chonnabot", "Pak Thong Chai", "Bo Sang", "Doi Saket"],
        "communes": ["Ton Pao", "Bo Sang", "Ban Chiang", "Tha Sawang", "Ban Thawai"],
        "producer_words": ("วิสาหกิจชุมชน", "บริษัท", "ครัวเรือน"),
        "names": ["Ban Rai", "Doi Kham", "Sri Lanna", "Siam Craft", "Mae Ping", "Isan Heritage"],
        "archetypes": [
            ("textiles", "500720", "ผ้าไหมมัดหมี่ {place}", "{place} mudmee silk", "Ikat-dyed mudmee silk, hand-woven.", "m", (800, 5000), [], ["Khon Kaen", "Surin", "Nakhon Ratchasima"]),
            ("handicrafts", "480256", "กระดาษสา {place}", "{place} handmade mulberry paper", "Sa paper made from mulberry bark.", "sheet", (10, 80), [], ["Chiang Mai", "Lamphun"]),
            ("handicrafts", "440320", "เครื่องเขิน {place}", "{place} lacquerware", "Lanna lacquerware bowls and boxes.", "piece", (300, 6000), [], ["Chiang Mai", "Nan"]),
            ("handicrafts", "460219", "ตะกร้าหวาย {place}", "{place} rattan baskets", "Woven rattan and water-hyacinth baskets.", "piece", (150, 1500), [], ["Ratchaburi", "Sukhothai"]),
            ("beverages", "090111", "กาแฟดอยช้าง {place}", "{place} Arabica coffee", "Shade-grown highland Arabica.", "kg", (400, 1500), ["organic", "GI"], ["Chiang Rai", "Chiang Mai", "Nan"]),
            ("beverages", "090240", "ชาอูหลง {place}", "{place} oolong tea", "Oolong tea from the northern hills.", "kg", (600, 3000), ["organic"], ["Chiang Rai"]),
            ("food", "100630", "ข้าวหอมมะลิ {place}", "{place} Hom Mali jasmine rice", "Thai Hom Mali rice from the north-east.", "kg", (40, 120), ["GI", "organic"], ["Surin", "Ubon Ratchathani", "Khon Kaen"]),
            ("food", "200899", "มะม่วงอบแห้ง {place}", "{place} dried mango", "Dried Nam Dok Mai mango.", "kg", (200, 600), ["HACCP", "halal"], ["Phetchaburi", "Chiang Mai"]),
            ("herbal", "330749", "ลูกประคบ {place}", "{place} herbal compress balls", "Thai herbal compress for massage.", "piece", (60, 300), [], ["Udon Thani", "Samut Songkhram"]),
            ("food", "170290", "น้ำตาลมะพร้าว {place}", "{place} coconut palm sugar", "Coconut flower sap sugar.", "kg", (60, 200), ["organic"], ["Samut Songkhram", "Phetchaburi"]),
        ],
    },
}

# Share of products by star rating among rated products (3-star provincial level dominates).
STAR_WEIGHTS = {3: 0.62, 4: 0.31, 5: 0.03, 2: 0.03, 1: 0.01}
# Viet Nam's OCOP results: food is about 80 %, handicrafts about 10 %.
GROUP_WEIGHTS = {"food": 0.62, "beverages": 0.14, "herbal": 0.05, "textiles": 0.05, "handicrafts": 0.11,
                 "tourism_services": 0.03}
PRODUCER_TYPE_WEIGHTS = {"cooperative": 0.379, "sme": 0.276, "household": 0.345}
EXPORT_MARKETS = ["JP", "KR", "CN", "US", "DE", "FR", "AU", "SG", "MY", "TH", "VN", "KH", "LA", "AE", "GB", "NL"]
