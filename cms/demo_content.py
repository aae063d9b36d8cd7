"""Demo content from the district's policy report (shared/seed)."""

HOME_PAGES = {
    "ko": {
        "title": "강남 글로컬 포털",
        "intro": (
            "<p>강남구의 국제 프로그램을 만나고, 행사에 참여하고, "
            "어떤 언어로든 의견을 보내 주세요. "
            "‘데이터 외교 &amp; 스마트 문화도시’ 강남이 주민과 함께 만들어 갑니다.</p>"
        ),
    },
    "en": {
        "title": "Gangnam Glocal Portal",
        "intro": (
            "<p>Discover Gangnam-gu's international programs, join events and send us your "
            "feedback in any language. Gangnam, a “Data Diplomacy &amp; Smart Culture City”, "
            "is built together with its residents.</p>"
        ),
    },
    "zh-hans": {
        "title": "江南全球本地化门户",
        "intro": (
            "<p>了解江南区的国际项目，报名参加活动，并用任何语言向我们提出意见。"
            "“数据外交与智慧文化城市”江南，与居民携手共建。</p>"
        ),
    },
    "ja": {
        "title": "江南グローカルポータル",
        "intro": (
            "<p>江南区の国際プログラムを知り、イベントに参加し、どの言語でもご意見をお寄せください。"
            "「データ外交＆スマート文化都市」江南は、住民の皆さんと共につくります。</p>"
        ),
    },
    "vi": {
        "title": "Cổng thông tin Glocal Gangnam",
        "intro": (
            "<p>Khám phá các chương trình quốc tế của quận Gangnam, tham gia sự kiện và gửi ý kiến "
            "cho chúng tôi bằng bất kỳ ngôn ngữ nào. Gangnam – “Thành phố Ngoại giao Dữ liệu &amp; "
            "Văn hóa Thông minh” – được xây dựng cùng cư dân.</p>"
        ),
    },
}
