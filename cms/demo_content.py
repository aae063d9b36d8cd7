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


# --- Reference data, programs, partners and news (demo content) ---------------------------
# Every `text`/`name` dict has the five site languages. Datetimes are naive Asia/Seoul local time
# ("YYYY-MM-DDTHH:MM"); dates are "YYYY-MM-DD". Institutions marked "demo partner" are
# illustrative and do not describe a real signed agreement.
# KPI check: agreements active on 2024-12-31 = 4 (baseline), active on 2026-11-29 = 5 (+25%).

REFERENCE = {
    "axes": [
        {
            "code": "industry",
            "name": {
                "ko": "산업 외교",
                "en": "Industry diplomacy",
                "zh-hans": "产业外交",
                "ja": "産業外交",
                "vi": "Ngoại giao công nghiệp",
            },
        },
        {
            "code": "culture",
            "name": {
                "ko": "문화 외교",
                "en": "Cultural diplomacy",
                "zh-hans": "文化外交",
                "ja": "文化外交",
                "vi": "Ngoại giao văn hóa",
            },
        },
        {
            "code": "data",
            "name": {
                "ko": "데이터 외교",
                "en": "Data diplomacy",
                "zh-hans": "数据外交",
                "ja": "データ外交",
                "vi": "Ngoại giao dữ liệu",
            },
        },
        {
            "code": "inclusion",
            "name": {
                "ko": "포용 외교",
                "en": "Inclusive diplomacy",
                "zh-hans": "包容性外交",
                "ja": "包摂外交",
                "vi": "Ngoại giao bao trùm",
            },
        },
    ],
    "clusters": [
        {
            "code": "C1",
            "name": {
                "ko": "AI·기술 외교",
                "en": "AI & Tech Diplomacy",
                "zh-hans": "AI与科技外交",
                "ja": "AI・技術外交",
                "vi": "Ngoại giao AI và công nghệ",
            },
            "description": {
                "ko": (
                    "AI·디지털 기술 기업과 해외 도시 간 협력을 다루는 군집으로, 중심성 0.92, 감성 "
                    "변화 +0.78, 신뢰지수 0.91로 네 군집 가운데 가장 높습니다."
                ),
                "en": (
                    "Cooperation between AI and digital-technology companies and cities abroad. "
                    "The strongest of the four clusters: centrality 0.92, sentiment change +0.78, "
                    "Trust Index 0.91."
                ),
                "zh-hans": (
                    "聚焦人工智能与数字技术企业和海外城市之间的合作，中心性0.92、情感变化+0.78、"
                    "信任指数0.91，在四个集群中均居首位。"
                ),
                "ja": (
                    "AI・デジタル技術企業と海外都市との協力を扱うクラスターで、中心性0.92、"
                    "感情変化+0.78、信頼指数0.91と、4つのクラスターの中で最も高い値を示しています。"
                ),
                "vi": (
                    "Cụm về hợp tác giữa doanh nghiệp AI, công nghệ số và các thành phố nước "
                    "ngoài; mạnh nhất trong bốn cụm với độ trung tâm 0,92, mức thay đổi cảm xúc +0,"
                    "78 và Chỉ số Tin cậy 0,91."
                ),
            },
        },
        {
            "code": "C2",
            "name": {
                "ko": "K-컬처·창의 교류",
                "en": "K-Culture & Creative Exchange",
                "zh-hans": "韩流文化与创意交流",
                "ja": "Kカルチャー・創造交流",
                "vi": "Văn hóa Hàn Quốc và giao lưu sáng tạo",
            },
            "description": {
                "ko": (
                    "한류 콘텐츠와 예술·창작 교류를 다루는 군집으로, 중심성 0.88, 감성 변화 +0.75, "
                    "신뢰지수 0.89입니다."
                ),
                "en": (
                    "Hallyu content and exchange in the arts and creative industries: centrality 0."
                    "88, sentiment change +0.75, Trust Index 0.89."
                ),
                "zh-hans": (
                    "涵盖韩流内容以及艺术与创意交流，中心性0.88、情感变化+0.75、信任指数0.89。"
                ),
                "ja": (
                    "韓流コンテンツと芸術・創作分野の交流を扱うクラスターで、中心性0.88、"
                    "感情変化+0.75、信頼指数0.89です。"
                ),
                "vi": (
                    "Cụm về nội dung Làn sóng Hàn Quốc và giao lưu nghệ thuật, sáng tạo; độ trung "
                    "tâm 0,88, mức thay đổi cảm xúc +0,75, Chỉ số Tin cậy 0,89."
                ),
            },
        },
        {
            "code": "C3",
            "name": {
                "ko": "ESG·그린 파트너십",
                "en": "ESG & Green Partnership",
                "zh-hans": "ESG与绿色伙伴关系",
                "ja": "ESG・グリーンパートナーシップ",
                "vi": "ESG và quan hệ đối tác xanh",
            },
            "description": {
                "ko": (
                    "ESG 경영, 친환경 기술, 녹색 스타트업 협력을 다루는 군집으로, 중심성 0.84, "
                    "감성 변화 +0.72, 신뢰지수 0.87입니다."
                ),
                "en": (
                    "ESG management, green technology and cooperation between green start-ups: "
                    "centrality 0.84, sentiment change +0.72, Trust Index 0.87."
                ),
                "zh-hans": (
                    "涵盖ESG经营、绿色技术和绿色初创企业合作，中心性0.84、情感变化+0.72、信任指数0."
                    "87。"
                ),
                "ja": (
                    "ESG経営、環境技術、グリーン・スタートアップの協力を扱うクラスターで、中心性0."
                    "84、感情変化+0.72、信頼指数0.87です。"
                ),
                "vi": (
                    "Cụm về quản trị ESG, công nghệ xanh và hợp tác giữa các công ty khởi nghiệp "
                    "xanh; độ trung tâm 0,84, mức thay đổi cảm xúc +0,72, Chỉ số Tin cậy 0,87."
                ),
            },
        },
        {
            "code": "C4",
            "name": {
                "ko": "데이터 거버넌스·포용 행정",
                "en": "Data Governance & Inclusive Administration",
                "zh-hans": "数据治理与包容性行政",
                "ja": "データガバナンス・包摂的行政",
                "vi": "Quản trị dữ liệu và hành chính bao trùm",
            },
            "description": {
                "ko": (
                    "데이터 기반 행정과 외국인 주민 포용 정책을 다루는 군집입니다. 중심성은 0.81로 "
                    "가장 낮지만 신뢰지수가 0.90에 이르러 새로운 성장축으로 떠오르고 있습니다."
                ),
                "en": (
                    "Data-driven administration and policies that include foreign residents. Its "
                    "centrality is the lowest (0.81), but with a Trust Index of 0.90 it is "
                    "emerging as a new growth axis."
                ),
                "zh-hans": (
                    "涵盖数据驱动型行政和外籍居民包容政策。其中心性为0.81，在四个集群中最低，"
                    "但信任指数达到0.90，正成为新的增长方向。"
                ),
                "ja": (
                    "データに基づく行政と外国人住民の包摂政策を扱うクラスターです。中心性は0."
                    "81と最も低いものの、信頼指数は0.90に達し、新たな成長軸として注目されています。"
                ),
                "vi": (
                    "Cụm về hành chính dựa trên dữ liệu và chính sách hòa nhập cư dân nước ngoài. "
                    "Độ trung tâm thấp nhất (0,81) nhưng Chỉ số Tin cậy đạt 0,90, đang nổi lên như "
                    "một trục tăng trưởng mới."
                ),
            },
        },
    ],
    "categories": [
        {
            "code": "forum",
            "name": {
                "ko": "포럼",
                "en": "Forum",
                "zh-hans": "论坛",
                "ja": "フォーラム",
                "vi": "Diễn đàn",
            },
        },
        {
            "code": "festival",
            "name": {
                "ko": "축제",
                "en": "Festival",
                "zh-hans": "节庆活动",
                "ja": "フェスティバル",
                "vi": "Lễ hội",
            },
        },
        {
            "code": "conference",
            "name": {
                "ko": "콘퍼런스",
                "en": "Conference",
                "zh-hans": "大会",
                "ja": "カンファレンス",
                "vi": "Hội nghị",
            },
        },
        {
            "code": "workshop",
            "name": {
                "ko": "워크숍",
                "en": "Workshop",
                "zh-hans": "工作坊",
                "ja": "ワークショップ",
                "vi": "Hội thảo chuyên đề",
            },
        },
        {
            "code": "launch",
            "name": {
                "ko": "출범·공개 행사",
                "en": "Launch",
                "zh-hans": "发布会",
                "ja": "発表会",
                "vi": "Lễ ra mắt",
            },
        },
        {
            "code": "networking",
            "name": {
                "ko": "네트워킹",
                "en": "Networking",
                "zh-hans": "交流会",
                "ja": "交流会",
                "vi": "Giao lưu kết nối",
            },
        },
    ],
    "venues": [
        {
            "code": "coex",
            "name": {
                "ko": "코엑스(COEX)",
                "en": "COEX",
                "zh-hans": "COEX会展中心",
                "ja": "COEX（コエックス）",
                "vi": "Trung tâm COEX",
            },
            "address": {
                "ko": "서울특별시 강남구 영동대로 513",
                "en": "513 Yeongdong-daero, Gangnam-gu, Seoul",
                "zh-hans": "首尔特别市江南区永东大路513",
                "ja": "ソウル特別市江南区永東大路513",
                "vi": "513 Yeongdong-daero, quận Gangnam, Seoul",
            },
        },
        {
            "code": "gangnam-gu-office",
            "name": {
                "ko": "강남구청",
                "en": "Gangnam-gu Office",
                "zh-hans": "江南区厅",
                "ja": "江南区庁",
                "vi": "Ủy ban quận Gangnam",
            },
            "address": {
                "ko": "서울특별시 강남구 학동로 426",
                "en": "426 Hakdong-ro, Gangnam-gu, Seoul",
                "zh-hans": "首尔特别市江南区鹤洞路426",
                "ja": "ソウル特別市江南区鶴洞路426",
                "vi": "426 Hakdong-ro, quận Gangnam, Seoul",
            },
        },
        {
            "code": "setec",
            "name": {
                "ko": "세텍(SETEC)",
                "en": "SETEC",
                "zh-hans": "SETEC会展中心",
                "ja": "SETEC（セテック）",
                "vi": "Trung tâm SETEC",
            },
            "address": {
                "ko": "서울특별시 강남구 남부순환로 3104",
                "en": "3104 Nambusunhwan-ro, Gangnam-gu, Seoul",
                "zh-hans": "首尔特别市江南区南部循环路3104",
                "ja": "ソウル特別市江南区南部循環路3104",
                "vi": "3104 Nambusunhwan-ro, quận Gangnam, Seoul",
            },
        },
    ],
}

PROGRAM_INDEX = {
    "ko": {
        "title": "국제 프로그램",
        "intro": (
            "강남구가 산업·문화·데이터·포용 네 가지 전략축으로 추진하는 도시외교 프로그램입니다. "
            "관심 있는 프로그램을 살펴보고 행사에 참가 신청해 주세요."
        ),
    },
    "en": {
        "title": "International programs",
        "intro": (
            "Gangnam-gu's city-diplomacy programs, organized along four strategy axes: industry, "
            "culture, data and inclusion. Browse the programs and register for their events."
        ),
    },
    "zh-hans": {
        "title": "国际项目",
        "intro": (
            "江南区围绕产业、文化、数据、包容四大战略方向推进的城市外交项目。"
            "欢迎浏览项目详情并报名参加活动。"
        ),
    },
    "ja": {
        "title": "国際プログラム",
        "intro": (
            "江南区が産業・文化・データ・包摂の4つの戦略軸に沿って進める都市外交プログラムです。"
            "関心のあるプログラムをご覧いただき、イベントにお申し込みください。"
        ),
    },
    "vi": {
        "title": "Chương trình quốc tế",
        "intro": (
            "Các chương trình ngoại giao thành phố của quận Gangnam theo bốn trục chiến lược: công "
            "nghiệp, văn hóa, dữ liệu và bao trùm. Hãy tìm hiểu các chương trình và đăng ký tham "
            "gia sự kiện."
        ),
    },
}

NEWS_INDEX = {
    "ko": {
        "title": "소식",
        "intro": "강남구 도시외교 프로그램과 국제교류·협력의 주요 소식을 전해 드립니다.",
    },
    "en": {
        "title": "News",
        "intro": (
            "The latest news on Gangnam-gu's city-diplomacy programs and international "
            "partnerships."
        ),
    },
    "zh-hans": {"title": "新闻动态", "intro": "发布江南区城市外交项目与国际交流合作的最新动态。"},
    "ja": {
        "title": "ニュース",
        "intro": "江南区の都市外交プログラムと国際交流・協力に関する最新情報をお届けします。",
    },
    "vi": {
        "title": "Tin tức",
        "intro": (
            "Tin mới nhất về các chương trình ngoại giao thành phố và hợp tác quốc tế của quận "
            "Gangnam."
        ),
    },
}

STANDARD_PAGES = [
    {
        "slug": "about",
        "text": {
            "ko": {
                "title": "포털 소개",
                "body_html": (
                    "<p><strong>강남 글로컬 포털</strong>은 강남구의 국제 프로그램과 행사 정보를 "
                    "5개 언어로 제공하고, 주민 누구나 참가 신청과 의견 제출을 할 수 있도록 마련한 "
                    "참여 창구입니다. 구는 ‘데이터 외교 &amp; 스마트 문화도시’를 비전으로 "
                    "산업·문화·데이터·포용 네 가지 전략축의 도시외교를 추진하고 있습니다.</p><p>"
                    "핵심 성과지표는 신뢰지수 0.90 이상, 국제교류 협정 25% 확대, 시민 참여 외교 "
                    "프로그램 정례화입니다. 프로그램 참여 현황과 주민 의견은 정책 개선에 반영되며, "
                    '그 밖의 구정 소식은 <a href="https://www.gangnam.go.kr">강남구청 누리집</a>'
                    "에서 확인할 수 있습니다.</p>"
                ),
            },
            "en": {
                "title": "About the portal",
                "body_html": (
                    "<p>The <strong>Gangnam Glocal Portal</strong> brings Gangnam-gu's "
                    "international programs and events together in five languages, so that every "
                    "resident can register for events and share their views. It follows the "
                    "district's city-diplomacy strategy, whose vision of a “Data Diplomacy &amp; "
                    "Smart Culture City” rests on four axes: industry, culture, data and inclusion."
                    "</p><p>The strategy's key targets are a Trust Index of at least 0.90, 25% "
                    "more international exchange agreements and citizen-participation diplomacy "
                    "programs held on a regular schedule. Participation figures and residents' "
                    "feedback are used to improve policy. For other district news, visit the "
                    '<a href="https://www.gangnam.go.kr">Gangnam-gu Office website</a>.</p>'
                ),
            },
            "zh-hans": {
                "title": "关于本门户",
                "body_html": (
                    "<p><strong>江南全球本地化门户</strong>"
                    "以五种语言集中发布江南区的国际项目和活动信息，方便每一位居民报名参加活动、"
                    "提出意见。江南区以“数据外交与智慧文化城市”为愿景，围绕产业、文化、数据、"
                    "包容四大战略方向推进城市外交。</p><p>核心绩效指标为：信任指数达到0.90以上、"
                    "国际交流协议数量增加25%、市民参与型外交项目常态化举办。"
                    "项目参与情况和居民意见将用于改进政策。更多区政信息请访问"
                    '<a href="https://www.gangnam.go.kr">江南区厅官方网站</a>。</p>'
                ),
            },
            "ja": {
                "title": "ポータルについて",
                "body_html": (
                    "<p><strong>江南グローカルポータル</strong>は、"
                    "江南区の国際プログラムとイベントの情報を5つの言語でお届けし、"
                    "どなたでもイベントへの申し込みやご意見の送信ができる参加窓口です。"
                    "江南区は「データ外交＆スマート文化都市」をビジョンに掲げ、"
                    "産業・文化・データ・包摂の4つの戦略軸で都市外交を推進しています。</p><p>"
                    "主要成果指標は、信頼指数0.90以上、国際交流協定数25％増、"
                    "市民参加型外交プログラムの定例化です。"
                    "参加状況と住民の皆さんのご意見は政策の改善に生かされます。"
                    '区政に関するその他の情報は<a href="https://www.gangnam.go.kr">'
                    "江南区庁ウェブサイト</a>をご覧ください。</p>"
                ),
            },
            "vi": {
                "title": "Giới thiệu cổng thông tin",
                "body_html": (
                    "<p><strong>Cổng thông tin Glocal Gangnam</strong> cung cấp thông tin về các "
                    "chương trình và sự kiện quốc tế của quận Gangnam bằng năm ngôn ngữ, giúp mọi "
                    "cư dân dễ dàng đăng ký tham gia và gửi ý kiến. Quận đang triển khai ngoại "
                    "giao thành phố với tầm nhìn “Thành phố Ngoại giao Dữ liệu &amp; Văn hóa Thông "
                    "minh”, dựa trên bốn trục: công nghiệp, văn hóa, dữ liệu và bao trùm.</p><p>"
                    "Các chỉ tiêu chính gồm Chỉ số Tin cậy từ 0,90 trở lên, tăng 25% số thỏa thuận "
                    "giao lưu quốc tế và tổ chức định kỳ các chương trình ngoại giao có sự tham "
                    "gia của người dân. Số liệu tham gia và ý kiến của cư dân được dùng để hoàn "
                    "thiện chính sách. Xem thêm tin tức của quận tại "
                    '<a href="https://www.gangnam.go.kr">trang web Ủy ban quận Gangnam</a>.</p>'
                ),
            },
        },
    },
    {
        "slug": "privacy",
        "text": {
            "ko": {
                "title": "개인정보 처리방침",
                "body_html": (
                    "<p>강남구는 「개인정보 보호법」에 따라 강남 글로컬 포털 이용자의 개인정보를 "
                    "보호하고 관련 고충을 신속하게 처리하기 위하여 다음과 같이 개인정보 처리방침을 "
                    "공개합니다. 법령에 근거가 있거나 정보주체의 동의를 받은 경우를 제외하고는 "
                    "개인정보를 제3자에게 제공하지 않습니다.</p><ul><li><strong>처리 목적:</strong>"
                    " 회원 관리, 행사 참가 신청 접수 및 안내, 통역·접근성 지원, 의견 접수 및 회신, "
                    "참여 통계 작성</li><li><strong>처리 항목:</strong> (필수) 이름, 이메일 주소, "
                    "선호 언어 / (선택) 휴대전화번호, 동반 인원, 통역·접근성 지원 요청 사항(별도 "
                    "동의)</li><li><strong>보유 기간:</strong> 회원 정보는 탈퇴 시까지, 행사 신청 "
                    "정보는 행사 종료 후 1년, 의견 처리 기록은 3년, 접속 기록은 3개월간 보관하며 "
                    "기간이 지나면 지체 없이 파기합니다.</li><li><strong>정보주체의 권리:</strong> "
                    "언제든지 개인정보의 열람·정정·삭제·처리정지 및 동의 철회를 요구할 수 있습니다."
                    " 만 14세 미만 아동의 경우 법정대리인이 권리를 행사할 수 있습니다.</li></ul><p>"
                    "개인정보 보호 문의: 강남구청(서울특별시 강남구 학동로 426), 대표전화 "
                    "02-3423-5114. 개인정보 침해에 관한 상담은 개인정보침해 신고센터(국번 없이 "
                    "118)에서도 받을 수 있습니다.</p>"
                ),
            },
            "en": {
                "title": "Privacy policy",
                "body_html": (
                    "<p>In accordance with Korea's Personal Information Protection Act, Gangnam-gu "
                    "publishes this policy to protect the personal information of Gangnam Glocal "
                    "Portal users and to handle related complaints promptly. We do not share "
                    "personal information with third parties unless the law requires it or you "
                    "have consented.</p><ul><li><strong>Purposes:</strong> managing accounts, "
                    "receiving and confirming event registrations, arranging interpretation and "
                    "accessibility support, answering feedback and producing participation "
                    "statistics.</li><li><strong>Items collected:</strong> required – name, email "
                    "address and preferred language; optional – mobile number, party size and "
                    "interpretation or accessibility needs (with separate consent).</li><li>"
                    "<strong>Retention:</strong> account data until you close your account, "
                    "registration data for one year after the event, feedback records for three "
                    "years and access logs for three months; the data are then destroyed without "
                    "delay.</li><li><strong>Your rights:</strong> you may at any time ask to "
                    "access, correct or delete your data, to suspend its processing, or withdraw "
                    "your consent. For children under 14, a legal guardian may exercise these "
                    "rights.</li></ul><p>Contact: Gangnam-gu Office, 426 Hakdong-ro, Gangnam-gu, "
                    "Seoul, tel. +82-2-3423-5114. You can also contact the Personal Information "
                    "Infringement Report Center on 118 (from within Korea).</p>"
                ),
            },
            "zh-hans": {
                "title": "隐私政策",
                "body_html": (
                    "<p>江南区依据韩国《个人信息保护法》公开本政策，"
                    "以保护江南全球本地化门户用户的个人信息，并及时处理相关投诉。"
                    "除法律另有规定或经您同意外，我们不会向第三方提供个人信息。</p><ul><li><strong>"
                    "处理目的：</strong>会员管理、活动报名受理与通知、安排口译和无障碍支持、"
                    "回复意见、编制参与统计。</li><li><strong>收集项目：</strong>必填项为姓名、"
                    "电子邮箱、首选语言；选填项为手机号码、同行人数、"
                    "口译或无障碍支持需求（需另行同意）。</li><li><strong>保存期限：</strong>"
                    "会员信息保存至注销账户为止，活动报名信息保存至活动结束后1年，"
                    "意见处理记录保存3年，访问日志保存3个月，期满后立即销毁。</li><li><strong>"
                    "您的权利：</strong>您可随时要求查阅、更正、删除个人信息或停止处理，"
                    "也可撤回同意。未满14周岁儿童的权利可由其法定代理人行使。</li></ul><p>"
                    "联系方式：江南区厅（首尔特别市江南区鹤洞路426），电话 +82-2-3423-5114。"
                    "您也可以拨打韩国个人信息侵权举报中心电话118（限韩国境内）进行咨询。</p>"
                ),
            },
            "ja": {
                "title": "個人情報の取り扱い方針",
                "body_html": (
                    "<p>江南区は、韓国の「個人情報保護法」に基づき、"
                    "江南グローカルポータル利用者の個人情報を保護し、"
                    "関連する苦情を迅速に処理するため、"
                    "個人情報の取り扱い方針を次のとおり公開します。"
                    "法令に定めがある場合またはご本人の同意がある場合を除き、"
                    "個人情報を第三者に提供することはありません。</p><ul><li><strong>利用目的："
                    "</strong>会員管理、イベント申し込みの受付・ご案内、"
                    "通訳およびアクセシビリティ支援の手配、ご意見への回答、参加統計の作成</li><li>"
                    "<strong>収集項目：</strong>（必須）氏名、メールアドレス、希望言語／（任意）"
                    "携帯電話番号、同伴人数、通訳・アクセシビリティ支援のご要望（別途同意）</li>"
                    "<li><strong>保存期間：</strong>会員情報は退会まで、"
                    "イベント申し込み情報はイベント終了後1年、ご意見の処理記録は3年、"
                    "アクセスログは3か月保存し、期間経過後は遅滞なく廃棄します。</li><li><strong>"
                    "ご本人の権利：</strong>"
                    "いつでも個人情報の閲覧・訂正・削除・処理停止および同意の撤回を求めることができ"
                    "ます。14歳未満のお子さまについては、法定代理人が権利を行使できます。</li></ul>"
                    "<p>お問い合わせ：江南区庁（ソウル特別市江南区鶴洞路426）、代表電話 "
                    "+82-2-3423-5114。個人情報侵害申告センター（韓国国内から118）"
                    "でもご相談いただけます。</p>"
                ),
            },
            "vi": {
                "title": "Chính sách quyền riêng tư",
                "body_html": (
                    "<p>Căn cứ Luật Bảo vệ Thông tin Cá nhân của Hàn Quốc, quận Gangnam công bố "
                    "chính sách này nhằm bảo vệ thông tin cá nhân của người dùng Cổng thông tin "
                    "Glocal Gangnam và giải quyết kịp thời các khiếu nại liên quan. Chúng tôi "
                    "không cung cấp thông tin cá nhân cho bên thứ ba, trừ khi pháp luật quy định "
                    "hoặc có sự đồng ý của bạn.</p><ul><li><strong>Mục đích xử lý:</strong> quản "
                    "lý tài khoản, tiếp nhận và xác nhận đăng ký sự kiện, bố trí phiên dịch và hỗ "
                    "trợ tiếp cận, trả lời ý kiến, lập thống kê tham gia.</li><li><strong>Thông "
                    "tin thu thập:</strong> bắt buộc – họ tên, địa chỉ email, ngôn ngữ ưu tiên; "
                    "tùy chọn – số điện thoại di động, số người đi cùng, nhu cầu phiên dịch hoặc "
                    "hỗ trợ tiếp cận (cần đồng ý riêng).</li><li><strong>Thời gian lưu "
                    "giữ:</strong> thông tin tài khoản đến khi bạn hủy tài khoản, thông tin đăng "
                    "ký trong 1 năm sau sự kiện, hồ sơ xử lý ý kiến trong 3 năm, nhật ký truy cập "
                    "trong 3 tháng; hết thời hạn, dữ liệu được hủy ngay.</li><li><strong>Quyền của "
                    "bạn:</strong> bạn có thể yêu cầu xem, sửa, xóa, ngừng xử lý thông tin cá nhân "
                    "hoặc rút lại sự đồng ý bất cứ lúc nào. Với trẻ em dưới 14 tuổi, người đại "
                    "diện hợp pháp có thể thực hiện các quyền này.</li></ul><p>Liên hệ: Ủy ban "
                    "quận Gangnam, 426 Hakdong-ro, quận Gangnam, Seoul, điện thoại +82-2-3423-5114."
                    " Bạn cũng có thể liên hệ Trung tâm Tiếp nhận Báo cáo Xâm phạm Thông tin Cá "
                    "nhân qua số 118 (gọi trong lãnh thổ Hàn Quốc).</p>"
                ),
            },
        },
    },
    {
        "slug": "accessibility",
        "text": {
            "ko": {
                "title": "웹 접근성 정책",
                "body_html": (
                    "<p>강남구는 장애인, 고령자, 외국인 주민 등 누구나 강남 글로컬 포털을 불편 "
                    "없이 이용할 수 있도록 5개 언어 모두에서 <strong>한국형 웹 콘텐츠 접근성 지침 "
                    "2.2(KWCAG 2.2)</strong>와 <strong>WCAG 2.1 AA 수준</strong>을 준수하도록 "
                    "포털을 설계했습니다.</p><h2>준수 현황</h2><p>포털의 공개 페이지는 KWCAG 2.2와 "
                    "WCAG 2.1 AA 수준을 부분적으로 준수합니다. 아래의 알려진 한계를 제외하고는 "
                    "요건을 충족합니다. 모든 기능을 키보드만으로 이용할 수 있고, 화면 낭독 "
                    "프로그램과 200% 확대, 폭 360픽셀 화면을 지원하며, 차트는 데이터 표로도 "
                    "제공합니다.</p><h2>평가 방법</h2><ul><li><strong>자동 검사:</strong> 포털이 "
                    "바뀔 때마다 axe-core로 홈, 프로그램, 행사, 참가 신청, 의견 보내기, 처리 현황, "
                    "대시보드, 이 페이지 등 모든 종류의 페이지를 5개 언어로 검사하며, "
                    "심각(serious)·치명(critical) 수준의 문제는 허용하지 "
                    "않습니다.</li><li><strong>키보드:</strong> 자동화된 테스트에서 행사 참가 "
                    "신청과 의견 보내기를 키보드만으로 끝까지 완료하고, 초점이 항상 눈에 보이는지 "
                    "확인합니다.</li><li><strong>화면 낭독 프로그램:</strong> 페이지마다 랜드마크, "
                    "제목, 레이블이 붙은 입력 항목, 언어별 lang 속성, 차트와 입장권 QR 코드의 대체 "
                    "텍스트를 제공합니다. NVDA, VoiceOver, 센스리더 등 화면 낭독 프로그램을 이용한 "
                    "전체 수동 점검은 아직 마치지 못했으며 예정되어 있습니다.</li></ul><h2>알려진 "
                    "한계</h2><ul><li>주민과 직원이 주고받는 메시지는 기계 번역되므로 번역이 "
                    "부정확할 수 있어, 원문을 항상 함께 보여 드립니다.</li><li>주민이 첨부한 "
                    "사진과 PDF 문서, 다른 사이트에서 삽입한 동영상에는 대체 텍스트나 자막이 없을 "
                    "수 있습니다.</li><li>이용하시는 언어로 아직 번역되지 않은 페이지는 한국어 "
                    "원문으로 보여 드리며, 그 사실을 안내합니다.</li><li>직원이 사용하는 관리 "
                    "화면(Wagtail)은 이 정책의 적용 범위에 포함되지 않습니다.</li></ul><h2>의견 및 "
                    "문의</h2><p>이용에 불편한 점을 발견하시면 포털의 ‘의견 보내기’나 강남구청 "
                    "대표전화(02-3423-5114)로 알려 주시기 바랍니다. 접수된 의견은 확인 후 신속하게 "
                    "개선하겠습니다.</p>"
                ),
            },
            "en": {
                "title": "Accessibility statement",
                "body_html": (
                    "<p>Gangnam-gu wants everyone, including people with disabilities, older "
                    "residents and foreign residents, to be able to use the Gangnam Glocal Portal "
                    "without difficulty. The portal is designed to conform to the <strong>Korean "
                    "Web Content Accessibility Guidelines (KWCAG) 2.2</strong> and <strong>WCAG "
                    "2.1 level AA</strong> in all five of its languages.</p><h2>Conformance "
                    "status</h2><p>The public pages of the portal partially conform to KWCAG 2.2 "
                    "and WCAG 2.1 level AA: they conform except for the known limitations listed "
                    "below. Every function can be used with a keyboard alone; pages support screen "
                    "readers, zoom up to 200% and screens 360 pixels wide; charts also come as "
                    "data tables.</p><h2>How we test</h2><ul><li><strong>Automated "
                    "checks:</strong> with every change to the portal, axe-core checks every kind "
                    "of page (home, programs, events, registration, feedback, feedback status, "
                    "dashboard and this statement) in all five languages; no serious or critical "
                    "problem is accepted.</li><li><strong>Keyboard:</strong> automated tests "
                    "complete event registration and the feedback form with the keyboard alone and "
                    "check that the focus is always visible.</li><li><strong>Screen "
                    "readers:</strong> pages have landmarks, headings, labelled form fields, a "
                    "language attribute for each language and text alternatives for charts and the "
                    "ticket QR code. A full manual review with screen readers (such as NVDA, "
                    "VoiceOver and Sense Reader) has not been completed yet and is "
                    "planned.</li></ul><h2>Known limitations</h2><ul><li>Messages between "
                    "residents and staff are machine-translated, and a translation may be "
                    "imprecise, so the original text is always shown as well.</li><li>Photos and "
                    "PDF documents attached by residents, and videos embedded from other sites, "
                    "may lack text alternatives or captions.</li><li>A page not yet translated "
                    "into your language is shown in the Korean original, with a notice saying "
                    "so.</li><li>The administration area used by staff (Wagtail) is outside the "
                    "scope of this statement.</li></ul><h2>Feedback and contact</h2><p>If "
                    "something is hard to use, please tell us through the portal's feedback form "
                    "or call the Gangnam-gu Office on +82-2-3423-5114. We review every report and "
                    "fix problems promptly.</p>"
                ),
            },
            "zh-hans": {
                "title": "无障碍声明",
                "body_html": (
                    "<p>江南区致力于让残障人士、老年人和外籍居民等所有人都能顺畅使用江南全球本地化"
                    "门户，并按照<strong>韩国网页内容无障碍指南（KWCAG）2.2</strong>和<strong>WCAG "
                    "2.1 AA级</strong>的要求设计了门户的全部五种语言版本。</p><h2>符合情况</h2><p>"
                    "门户的公开页面部分符合KWCAG 2.2和WCAG 2.1 "
                    "AA级：除下文所列的已知局限外，均符合要求。所有功能均可仅用键盘操作，页面支持读"
                    "屏软件、200%放大和360像素宽的屏幕，图表同时以数据表格提供。</p><h2>测试方法</h"
                    "2><ul><li><strong>自动检查：</strong>门户每次更新时，都会用axe-core以五种语言"
                    "检查各类页面，包括首页、项目、活动、报名、意见反馈、处理进度、数据看板和本页面"
                    "；不接受任何严重（serious）或危急（critical）级别的问题。</li><li><strong>键盘"
                    "：</strong>自动化测试仅用键盘完成活动报名和意见反馈表单，并检查键盘焦点始终清"
                    "晰可见。</li><li><strong>读屏软件：</strong>各页面均提供地标区域、标题、带标签"
                    "的表单字段、对应各语言的lang属性，以及图表和入场券二维码的替代文本。使用NVDA、"
                    "VoiceOver、Sense Reader等读屏软件进行的全面人工检查尚未完成，已列入计划。</li>"
                    "</ul><h2>已知局限</h2><ul><li>居民与工作人员之间的留言由机器翻译，译文可能不够"
                    "准确，因此始终同时显示原文。</li><li>居民上传的照片和PDF文件，以及从其他网站嵌"
                    "入的视频，可能没有替代文本或字幕。</li><li>尚未翻译成您所用语言的页面会以韩语"
                    "原文显示，并附有相应提示。</li><li>工作人员使用的管理界面（Wagtail）不在本声明"
                    "的范围之内。</li></ul><h2>意见与联系方式</h2><p>如发现难以使用的内容，请通过门"
                    "户的“意见反馈”或拨打江南区厅总机 +82-2-3423-5114 "
                    "告诉我们。我们会认真核实每一条反馈并及时改进。</p>"
                ),
            },
            "ja": {
                "title": "ウェブアクセシビリティ方針",
                "body_html": (
                    "<p>江南区は、障害のある方、高齢の方、外国人住民の方など、誰もが江南グローカル"
                    "ポータルを支障なく利用できるよう、5つの言語すべてで<strong>韓国型ウェブコンテ"
                    "ンツ・アクセシビリティ指針（KWCAG）2.2</strong>および<strong>WCAG 2.1 "
                    "レベルAA</strong>に準拠するようポータルを設計しています。</p><h2>準拠状況</h2>"
                    "<p>ポータルの公開ページは、KWCAG 2.2およびWCAG 2.1 "
                    "レベルAAに一部準拠しています。下記の既知の制約を除き、要件を満たしています。す"
                    "べての機能をキーボードだけで操作でき、スクリーンリーダー、200%までの拡大表示、"
                    "幅360ピクセルの画面に対応し、グラフはデータ表でも提供しています。</p><h2>評価"
                    "方法</h2><ul><li><strong>自動チェック：</strong>ポータルを更新するたびに、axe-"
                    "coreでホーム、プログラム、イベント、参加申込、ご意見フォーム、対応状況、ダッシ"
                    "ュボード、本ページなど、すべての種類のページを5つの言語で検査し、重大（serious"
                    "）・致命的（critical）な問題は一切認めていません。</li><li><strong>キーボード"
                    "：</strong>自動テストで、イベントへの参加申込とご意見フォームをキーボードだけ"
                    "で最後まで完了し、フォーカスが常に目に見えることを確認しています。</li><li><st"
                    "rong>スクリーンリーダー：</strong>各ページにランドマーク、見出し、ラベル付きの"
                    "入力欄、言語ごとのlang属性、グラフと入場券QRコードの代替テキストを設けています"
                    "。NVDA、VoiceOver、センスリーダーなどのスクリーンリーダーによる全面的な手動検"
                    "証はまだ完了しておらず、今後実施する予定です。</li></ul><h2>既知の制約</h2><ul"
                    "><li>住民と職員の間のメッセージは機械翻訳されるため、訳文が不正確な場合があり"
                    "ます。そのため、原文を常にあわせて表示しています。</li><li>住民が添付した写真"
                    "やPDF文書、他のサイトから埋め込んだ動画には、代替テキストや字幕がない場合があ"
                    "ります。</li><li>ご利用の言語にまだ翻訳されていないページは韓国語の原文で表示"
                    "し、その旨をお知らせします。</li><li>職員が使用する管理画面（Wagtail）は、この"
                    "方針の対象外です。</li></ul><h2>ご意見・お問い合わせ</h2><p>利用しにくい点があ"
                    "りましたら、ポータルの「ご意見フォーム」または江南区庁代表電話（+82-2-3423-511"
                    "4）までお知らせください。いただいたご意見を確認し、速やかに改善いたします。</p"
                    ">"
                ),
            },
            "vi": {
                "title": "Tuyên bố về khả năng tiếp cận",
                "body_html": (
                    "<p>Quận Gangnam mong muốn mọi người, bao gồm người khuyết tật, người cao tuổi "
                    "và cư dân nước ngoài, đều có thể sử dụng Cổng thông tin Glocal Gangnam một "
                    "cách thuận tiện. Cổng thông tin được thiết kế để đáp ứng <strong>Hướng dẫn "
                    "Tiếp cận Nội dung Web của Hàn Quốc (KWCAG) 2.2</strong> và <strong>WCAG 2.1 "
                    "mức AA</strong> ở cả năm ngôn ngữ.</p><h2>Mức độ tuân thủ</h2><p>Các trang "
                    "công khai của cổng thông tin tuân thủ một phần KWCAG 2.2 và WCAG 2.1 mức AA: "
                    "các trang đáp ứng yêu cầu, trừ những hạn chế đã biết nêu dưới đây. Mọi chức "
                    "năng đều có thể dùng chỉ bằng bàn phím; trang hỗ trợ trình đọc màn hình, "
                    "phóng to đến 200% và màn hình rộng 360 điểm ảnh; biểu đồ cũng được cung cấp "
                    "dưới dạng bảng dữ liệu.</p><h2>Cách chúng tôi kiểm "
                    "tra</h2><ul><li><strong>Kiểm tra tự động:</strong> mỗi khi cổng thông tin "
                    "thay đổi, axe-core kiểm tra mọi loại trang (trang chủ, chương trình, sự kiện, "
                    "đăng ký, gửi ý kiến, tình trạng xử lý, bảng chỉ số và trang này) bằng cả năm "
                    "ngôn ngữ; không chấp nhận bất kỳ lỗi nghiêm trọng (serious) hay nguy cấp "
                    "(critical) nào.</li><li><strong>Bàn phím:</strong> các bài kiểm tra tự động "
                    "hoàn thành việc đăng ký sự kiện và biểu mẫu gửi ý kiến chỉ bằng bàn phím, "
                    "đồng thời kiểm tra rằng tiêu điểm luôn được hiển thị "
                    "rõ.</li><li><strong>Trình đọc màn hình:</strong> mỗi trang có các vùng mốc, "
                    "tiêu đề, trường nhập liệu có nhãn, thuộc tính lang cho từng ngôn ngữ và văn "
                    "bản thay thế cho biểu đồ và mã QR của vé. Việc kiểm tra thủ công toàn diện "
                    "bằng trình đọc màn hình (như NVDA, VoiceOver và Sense Reader) chưa hoàn tất "
                    "và đã được lên kế hoạch.</li></ul><h2>Hạn chế đã biết</h2><ul><li>Tin nhắn "
                    "giữa cư dân và cán bộ được dịch máy nên bản dịch có thể chưa chính xác; vì "
                    "vậy văn bản gốc luôn được hiển thị kèm theo.</li><li>Ảnh và tài liệu PDF do "
                    "cư dân đính kèm, cũng như video nhúng từ trang web khác, có thể không có văn "
                    "bản thay thế hoặc phụ đề.</li><li>Trang chưa được dịch sang ngôn ngữ của bạn "
                    "sẽ hiển thị bản gốc tiếng Hàn, kèm theo thông báo.</li><li>Khu vực quản trị "
                    "dành cho cán bộ (Wagtail) nằm ngoài phạm vi của tuyên bố "
                    "này.</li></ul><h2>Góp ý và liên hệ</h2><p>Nếu gặp nội dung khó sử dụng, vui "
                    "lòng báo cho chúng tôi qua mục gửi ý kiến trên cổng thông tin hoặc gọi tổng "
                    "đài Ủy ban quận Gangnam +82-2-3423-5114. Chúng tôi sẽ xem xét từng phản hồi "
                    "và khắc phục kịp thời.</p>"
                ),
            },
        },
    },
]

PROGRAMS = [
    {
        "slug": "gangnam-global-tech-forum",
        "axis": "industry",
        "cluster": "C1",
        "cadence": "yearly",
        "cadence_month": 5,
        "featured": True,
        "partners": ["santa-clara", "haidian", "hcmc-startup-centre"],
        "text": {
            "ko": {
                "title": "강남 글로벌 테크포럼",
                "summary": (
                    "AI·ESG 분야 국내외 기업과 해외 도시가 모여 기술 협력과 투자 유치를 논의하는 "
                    "강남구 대표 산업 외교 포럼입니다."
                ),
                "body_html": (
                    "<p>테헤란로 스타트업 생태계를 기반으로 매년 5월 코엑스에서 열리는 <strong>"
                    "강남 글로벌 테크포럼</strong>에는 AI·ESG 기업, 투자자, 해외 자매·우호도시 "
                    "대표단이 한자리에 모입니다. 기조연설, 분야별 세션, 기업 간 일대일 상담회로 "
                    "구성됩니다.</p><p>포럼은 ‘AI 스마트시티 네트워크’ 구축의 핵심 행사로, 해외 "
                    "투자 유치와 공동 연구 등 실질적인 협력 성과를 목표로 합니다.</p>"
                ),
            },
            "en": {
                "title": "Gangnam Global Tech Forum",
                "summary": (
                    "Gangnam-gu's flagship industry-diplomacy forum, where Korean and "
                    "international AI and ESG companies and partner cities discuss technology "
                    "cooperation and investment."
                ),
                "body_html": (
                    "<p>Held every May at COEX and rooted in the Teheran-ro start-up ecosystem, "
                    "the <strong>Gangnam Global Tech Forum</strong> brings together AI and ESG "
                    "companies, investors and delegations from our sister and friendship cities. "
                    "The program combines keynotes, themed sessions and one-to-one business "
                    "meetings.</p><p>The forum is the cornerstone of the district's “AI Smart City "
                    "Network” and aims for concrete results such as foreign investment and joint "
                    "research.</p>"
                ),
            },
            "zh-hans": {
                "title": "江南全球科技论坛",
                "summary": (
                    "江南区产业外交旗舰论坛，汇聚国内外人工智能与ESG企业及海外城市，"
                    "共商技术合作与投资。"
                ),
                "body_html": (
                    "<p><strong>江南全球科技论坛</strong>依托德黑兰路创业生态，每年5月在COEX举办，"
                    "汇聚人工智能与ESG企业、投资机构以及姐妹城市、友好城市代表团。"
                    "论坛设有主旨演讲、专题分论坛和企业一对一洽谈会。</p><p>"
                    "论坛是打造“AI智慧城市网络”的核心活动，致力于促成引进外资、"
                    "联合研究等实质性合作成果。</p>"
                ),
            },
            "ja": {
                "title": "江南グローバルテックフォーラム",
                "summary": (
                    "国内外のAI・ESG企業と海外都市が集まり、技術協力と投資誘致について議論する、"
                    "江南区を代表する産業外交フォーラムです。"
                ),
                "body_html": (
                    "<p>テヘラン路のスタートアップ・エコシステムを基盤に、"
                    "毎年5月にCOEXで開催される<strong>江南グローバルテックフォーラム</strong>には、"
                    "AI・ESG企業、投資家、姉妹・友好都市の代表団が一堂に会します。基調講演、"
                    "分野別セッション、企業間の個別商談会で構成されます。</p><p>"
                    "本フォーラムは「AIスマートシティ・ネットワーク」構築の中核となる行事で、"
                    "海外からの投資誘致や共同研究など、具体的な協力成果を目指します。</p>"
                ),
            },
            "vi": {
                "title": "Diễn đàn Công nghệ Toàn cầu Gangnam",
                "summary": (
                    "Diễn đàn ngoại giao công nghiệp tiêu biểu của quận Gangnam, nơi các doanh "
                    "nghiệp AI, ESG trong và ngoài nước cùng các thành phố đối tác thảo luận về "
                    "hợp tác công nghệ và đầu tư."
                ),
                "body_html": (
                    "<p>Được tổ chức vào tháng 5 hằng năm tại COEX, dựa trên hệ sinh thái khởi "
                    "nghiệp đường Teheran-ro, <strong>Diễn đàn Công nghệ Toàn cầu Gangnam</strong> "
                    "quy tụ các doanh nghiệp AI, ESG, nhà đầu tư cùng đoàn đại biểu các thành phố "
                    "kết nghĩa, hữu nghị. Chương trình gồm các bài phát biểu chính, phiên chuyên "
                    "đề và buổi gặp gỡ kết nối doanh nghiệp.</p><p>Diễn đàn là sự kiện trọng tâm "
                    "trong việc xây dựng “Mạng lưới Thành phố Thông minh AI”, hướng tới kết quả "
                    "hợp tác cụ thể như thu hút đầu tư nước ngoài và nghiên cứu chung.</p>"
                ),
            },
        },
        "events": [
            {
                "slug": "2024",
                "starts_at": "2024-05-21T09:30",
                "ends_at": "2024-05-21T17:30",
                "venue": "coex",
                "online_url": "",
                "category": "forum",
                "capacity": 800,
                "max_party_size": 2,
                "registration_opens_at": "2024-04-01T10:00",
                "registration_closes_at": "2024-05-17T18:00",
                "languages": ["ko", "en"],
                "interpretation": ["zh-hans", "ja", "vi"],
                "text": {
                    "ko": {
                        "title": "강남 글로벌 테크포럼 2024",
                        "summary": (
                            "‘AI와 도시의 미래’를 주제로 국내외 AI·ESG 기업과 자매·우호도시 "
                            "대표단이 참가하는 첫 번째 포럼입니다."
                        ),
                        "accessibility": (
                            "코엑스 행사장은 엘리베이터와 경사로로 단차 없이 이동할 수 있으며, "
                            "본회의장에는 휠체어석과 한국어·영어 실시간 자막을 제공합니다."
                        ),
                    },
                    "en": {
                        "title": "Gangnam Global Tech Forum 2024",
                        "summary": (
                            "The first edition of the forum, on “AI and the Future of Cities”, "
                            "bringing together Korean and international AI and ESG companies and "
                            "delegations from our sister and friendship cities."
                        ),
                        "accessibility": (
                            "The COEX venue is step-free via elevators and ramps, and the main "
                            "hall has wheelchair spaces and live Korean and English captions."
                        ),
                    },
                    "zh-hans": {
                        "title": "2024江南全球科技论坛",
                        "summary": (
                            "首届论坛以“AI与城市的未来”为主题，"
                            "国内外人工智能与ESG企业以及姐妹城市、友好城市代表团齐聚一堂。"
                        ),
                        "accessibility": (
                            "COEX会场可经电梯和坡道无障碍通行，主会场设有轮椅席位，并提供韩语、"
                            "英语实时字幕。"
                        ),
                    },
                    "ja": {
                        "title": "江南グローバルテックフォーラム2024",
                        "summary": (
                            "「AIと都市の未来」をテーマに、"
                            "国内外のAI・ESG企業と姉妹・友好都市の代表団が参加する第1回フォーラムで"
                            "す。"
                        ),
                        "accessibility": (
                            "COEXの会場はエレベーターとスロープで段差なく移動でき、"
                            "メインホールには車椅子席と韓国語・英語のリアルタイム字幕を用意していま"
                            "す。"
                        ),
                    },
                    "vi": {
                        "title": "Diễn đàn Công nghệ Toàn cầu Gangnam 2024",
                        "summary": (
                            "Diễn đàn lần thứ nhất với chủ đề “AI và tương lai đô thị”, quy tụ các "
                            "doanh nghiệp AI, ESG trong và ngoài nước cùng đoàn đại biểu các thành "
                            "phố kết nghĩa, hữu nghị."
                        ),
                        "accessibility": (
                            "Địa điểm tại COEX có thang máy và đường dốc, không có bậc thềm; hội "
                            "trường chính có chỗ dành cho xe lăn và phụ đề trực tiếp tiếng Hàn, "
                            "tiếng Anh."
                        ),
                    },
                },
            },
            {
                "slug": "2025",
                "starts_at": "2025-05-20T09:30",
                "ends_at": "2025-05-20T17:30",
                "venue": "coex",
                "online_url": "",
                "category": "forum",
                "capacity": 1000,
                "max_party_size": 2,
                "registration_opens_at": "2025-04-01T10:00",
                "registration_closes_at": "2025-05-16T18:00",
                "languages": ["ko", "en"],
                "interpretation": ["zh-hans", "ja", "vi", "ksl"],
                "text": {
                    "ko": {
                        "title": "강남 글로벌 테크포럼 2025",
                        "summary": (
                            "‘신뢰할 수 있는 AI와 도시 협력’을 주제로 기조연설과 분야별 세션, 기업 "
                            "간 일대일 상담회가 열립니다."
                        ),
                        "accessibility": (
                            "코엑스 행사장은 엘리베이터와 경사로로 단차 없이 이동할 수 있습니다. "
                            "본회의장에는 휠체어석, 한국어·영어 실시간 자막, 수어 통역을 제공하며 "
                            "조용한 휴식실도 운영합니다."
                        ),
                    },
                    "en": {
                        "title": "Gangnam Global Tech Forum 2025",
                        "summary": (
                            "Keynotes, themed sessions and one-to-one business meetings on the "
                            "theme “Trustworthy AI and City Cooperation”."
                        ),
                        "accessibility": (
                            "The COEX venue is step-free via elevators and ramps. The main hall "
                            "offers wheelchair spaces, live Korean and English captions and Korean "
                            "Sign Language interpretation, and a quiet room is available."
                        ),
                    },
                    "zh-hans": {
                        "title": "2025江南全球科技论坛",
                        "summary": (
                            "以“可信AI与城市合作”为主题，举办主旨演讲、"
                            "专题分论坛和企业一对一洽谈会。"
                        ),
                        "accessibility": (
                            "COEX会场可经电梯和坡道无障碍通行。主会场设有轮椅席位，提供韩语、"
                            "英语实时字幕和韩国手语翻译，并设有安静休息室。"
                        ),
                    },
                    "ja": {
                        "title": "江南グローバルテックフォーラム2025",
                        "summary": (
                            "「信頼できるAIと都市間協力」をテーマに、基調講演、分野別セッション、"
                            "企業間の個別商談会を行います。"
                        ),
                        "accessibility": (
                            "COEXの会場はエレベーターとスロープで段差なく移動できます。"
                            "メインホールには車椅子席を設け、"
                            "韓国語・英語のリアルタイム字幕と韓国手話通訳を提供するほか、"
                            "静かに休めるクワイエットルームもご用意しています。"
                        ),
                    },
                    "vi": {
                        "title": "Diễn đàn Công nghệ Toàn cầu Gangnam 2025",
                        "summary": (
                            "Các bài phát biểu chính, phiên chuyên đề và buổi gặp gỡ kết nối doanh "
                            "nghiệp với chủ đề “AI đáng tin cậy và hợp tác giữa các thành phố”."
                        ),
                        "accessibility": (
                            "Địa điểm tại COEX có thang máy và đường dốc, không có bậc thềm. Hội "
                            "trường chính có chỗ dành cho xe lăn, phụ đề trực tiếp tiếng Hàn, "
                            "tiếng Anh, phiên dịch ngôn ngữ ký hiệu Hàn Quốc và phòng yên tĩnh để "
                            "nghỉ ngơi."
                        ),
                    },
                },
            },
            {
                "slug": "2026",
                "starts_at": "2026-05-19T09:30",
                "ends_at": "2026-05-19T17:30",
                "venue": "coex",
                "online_url": "",
                "category": "forum",
                "capacity": 1000,
                "max_party_size": 2,
                "registration_opens_at": "2026-03-30T10:00",
                "registration_closes_at": "2026-05-15T18:00",
                "languages": ["ko", "en"],
                "interpretation": ["zh-hans", "ja", "vi", "ksl"],
                "text": {
                    "ko": {
                        "title": "강남 글로벌 테크포럼 2026",
                        "summary": (
                            "‘AI와 기후테크의 만남’을 주제로 산타클라라시 기업 대표단과 함께하는 "
                            "공동 세션과 투자 상담회가 열립니다."
                        ),
                        "accessibility": (
                            "코엑스 행사장은 엘리베이터와 경사로로 단차 없이 이동할 수 있습니다. "
                            "본회의장에는 휠체어석, 한국어·영어 실시간 자막, 수어 통역을 제공하며 "
                            "조용한 휴식실도 운영합니다."
                        ),
                    },
                    "en": {
                        "title": "Gangnam Global Tech Forum 2026",
                        "summary": (
                            "On the theme “AI Meets Climate Tech”, with joint sessions and "
                            "investment meetings alongside a business delegation from Santa Clara."
                        ),
                        "accessibility": (
                            "The COEX venue is step-free via elevators and ramps. The main hall "
                            "offers wheelchair spaces, live Korean and English captions and Korean "
                            "Sign Language interpretation, and a quiet room is available."
                        ),
                    },
                    "zh-hans": {
                        "title": "2026江南全球科技论坛",
                        "summary": (
                            "以“当AI遇见气候科技”为主题，"
                            "与圣克拉拉市企业代表团共同举办联合分论坛和投资洽谈会。"
                        ),
                        "accessibility": (
                            "COEX会场可经电梯和坡道无障碍通行。主会场设有轮椅席位，提供韩语、"
                            "英语实时字幕和韩国手语翻译，并设有安静休息室。"
                        ),
                    },
                    "ja": {
                        "title": "江南グローバルテックフォーラム2026",
                        "summary": (
                            "「AIと気候テックの出会い」をテーマに、"
                            "サンタクララ市の企業代表団と共に合同セッションと投資相談会を行います。"
                        ),
                        "accessibility": (
                            "COEXの会場はエレベーターとスロープで段差なく移動できます。"
                            "メインホールには車椅子席を設け、"
                            "韓国語・英語のリアルタイム字幕と韓国手話通訳を提供するほか、"
                            "静かに休めるクワイエットルームもご用意しています。"
                        ),
                    },
                    "vi": {
                        "title": "Diễn đàn Công nghệ Toàn cầu Gangnam 2026",
                        "summary": (
                            "Với chủ đề “Khi AI gặp công nghệ khí hậu”, diễn đàn có các phiên "
                            "chung và buổi tư vấn đầu tư cùng đoàn doanh nghiệp thành phố Santa "
                            "Clara."
                        ),
                        "accessibility": (
                            "Địa điểm tại COEX có thang máy và đường dốc, không có bậc thềm. Hội "
                            "trường chính có chỗ dành cho xe lăn, phụ đề trực tiếp tiếng Hàn, "
                            "tiếng Anh, phiên dịch ngôn ngữ ký hiệu Hàn Quốc và phòng yên tĩnh để "
                            "nghỉ ngơi."
                        ),
                    },
                },
            },
            {
                "slug": "2027",
                "starts_at": "2027-05-18T09:30",
                "ends_at": "2027-05-18T17:30",
                "venue": "coex",
                "online_url": "",
                "category": "forum",
                "capacity": 1200,
                "max_party_size": 2,
                "registration_opens_at": "2026-11-23T10:00",
                "registration_closes_at": "2027-05-14T18:00",
                "languages": ["ko", "en"],
                "interpretation": ["zh-hans", "ja", "vi", "ksl"],
                "text": {
                    "ko": {
                        "title": "강남 글로벌 테크포럼 2027",
                        "summary": (
                            "‘AI 스마트시티 네트워크의 확장’을 주제로 해외 도시·기업과 함께하는 "
                            "공동 실증 프로젝트를 소개합니다. 지금 사전 등록을 받고 있습니다."
                        ),
                        "accessibility": (
                            "코엑스 행사장은 엘리베이터와 경사로로 단차 없이 이동할 수 있습니다. "
                            "본회의장에는 휠체어석, 한국어·영어 실시간 자막, 수어 통역을 제공하며 "
                            "조용한 휴식실도 운영합니다."
                        ),
                    },
                    "en": {
                        "title": "Gangnam Global Tech Forum 2027",
                        "summary": (
                            "On the theme “Growing the AI Smart City Network”, presenting joint "
                            "pilot projects with partner cities and companies abroad. Early "
                            "registration is now open."
                        ),
                        "accessibility": (
                            "The COEX venue is step-free via elevators and ramps. The main hall "
                            "offers wheelchair spaces, live Korean and English captions and Korean "
                            "Sign Language interpretation, and a quiet room is available."
                        ),
                    },
                    "zh-hans": {
                        "title": "2027江南全球科技论坛",
                        "summary": (
                            "以“拓展AI智慧城市网络”为主题，"
                            "介绍与海外城市和企业合作开展的联合试点项目。现已开放提前报名。"
                        ),
                        "accessibility": (
                            "COEX会场可经电梯和坡道无障碍通行。主会场设有轮椅席位，提供韩语、"
                            "英语实时字幕和韩国手语翻译，并设有安静休息室。"
                        ),
                    },
                    "ja": {
                        "title": "江南グローバルテックフォーラム2027",
                        "summary": (
                            "「AIスマートシティ・ネットワークの拡大」をテーマに、"
                            "海外の都市や企業と進める共同実証プロジェクトを紹介します。現在、"
                            "事前登録を受け付けています。"
                        ),
                        "accessibility": (
                            "COEXの会場はエレベーターとスロープで段差なく移動できます。"
                            "メインホールには車椅子席を設け、"
                            "韓国語・英語のリアルタイム字幕と韓国手話通訳を提供するほか、"
                            "静かに休めるクワイエットルームもご用意しています。"
                        ),
                    },
                    "vi": {
                        "title": "Diễn đàn Công nghệ Toàn cầu Gangnam 2027",
                        "summary": (
                            "Với chủ đề “Mở rộng Mạng lưới Thành phố Thông minh AI”, diễn đàn giới "
                            "thiệu các dự án thí điểm chung với các thành phố và doanh nghiệp nước "
                            "ngoài. Hiện đã mở đăng ký sớm."
                        ),
                        "accessibility": (
                            "Địa điểm tại COEX có thang máy và đường dốc, không có bậc thềm. Hội "
                            "trường chính có chỗ dành cho xe lăn, phụ đề trực tiếp tiếng Hàn, "
                            "tiếng Anh, phiên dịch ngôn ngữ ký hiệu Hàn Quốc và phòng yên tĩnh để "
                            "nghỉ ngơi."
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "kpop-world-city-week",
        "axis": "culture",
        "cluster": "C2",
        "cadence": "yearly",
        "cadence_month": 10,
        "featured": True,
        "partners": ["meguro", "bangkok-culture-foundation"],
        "text": {
            "ko": {
                "title": "K-POP 월드시티위크",
                "summary": (
                    "한류 콘텐츠를 매개로 주민과 외국인이 함께 즐기고 교류하는 강남구의 시민 외교 "
                    "주간입니다."
                ),
                "body_html": (
                    "<p><strong>K-POP 월드시티위크</strong>는 매년 10월 코엑스와 영동대로 일대에서 "
                    "열리는 한류 문화 교류 주간입니다. 개막 축제를 시작으로 K-POP 공연, 댄스 "
                    "워크숍, 해외 자매·우호도시와의 청소년 교류 프로그램이 이어집니다.</p><p>"
                    "‘K-POP 문화 가교’ 사업의 중심 행사로, 주민 누구나 참여하는 시민 외교를 통해 "
                    "강남의 도시 브랜드 가치를 높입니다.</p>"
                ),
            },
            "en": {
                "title": "K-POP World City Week",
                "summary": (
                    "Gangnam-gu's citizen-diplomacy week, where residents and visitors from abroad "
                    "enjoy and share Korean pop culture together."
                ),
                "body_html": (
                    "<p><strong>K-POP World City Week</strong> is a week of Hallyu cultural "
                    "exchange held every October at COEX and along Yeongdong-daero. An opening "
                    "festival is followed by K-POP performances, dance workshops and youth "
                    "exchanges with our sister and friendship cities.</p><p>As the centerpiece of "
                    "the “K-POP Cultural Bridge” initiative, the week builds Gangnam's city brand "
                    "through citizen diplomacy that every resident can join.</p>"
                ),
            },
            "zh-hans": {
                "title": "K-POP世界城市周",
                "summary": (
                    "以韩流内容为纽带，让居民与外国朋友共同欣赏、相互交流的江南区市民外交周。"
                ),
                "body_html": (
                    "<p><strong>K-POP世界城市周</strong>每年10月在COEX及永东大路一带举行，"
                    "是以韩流文化交流为主题的活动周。开幕庆典之后，还将陆续举办K-POP演出、"
                    "舞蹈工作坊以及与姐妹城市、友好城市的青少年交流活动。</p><p>"
                    "活动周是“K-POP文化桥梁”项目的核心活动，"
                    "通过人人可参与的市民外交提升江南的城市品牌价值。</p>"
                ),
            },
            "ja": {
                "title": "K-POPワールドシティウィーク",
                "summary": (
                    "韓流コンテンツを通じて、住民と外国の方が共に楽しみ、"
                    "交流する江南区の市民外交週間です。"
                ),
                "body_html": (
                    "<p><strong>K-POPワールドシティウィーク</strong>は、"
                    "毎年10月にCOEXと永東大路一帯で開催される韓流文化交流週間です。"
                    "オープニングフェスティバルに続き、K-POP公演、ダンスワークショップ、"
                    "姉妹・友好都市との青少年交流プログラムが行われます。</p><p>"
                    "「K-POPカルチャーブリッジ」事業の中心となる行事として、"
                    "誰もが参加できる市民外交を通じて江南の都市ブランド価値を高めます。</p>"
                ),
            },
            "vi": {
                "title": "Tuần lễ Thành phố Thế giới K-POP",
                "summary": (
                    "Tuần lễ ngoại giao nhân dân của quận Gangnam, nơi cư dân và bạn bè quốc tế "
                    "cùng thưởng thức và giao lưu qua nội dung Làn sóng Hàn Quốc."
                ),
                "body_html": (
                    "<p><strong>Tuần lễ Thành phố Thế giới K-POP</strong> diễn ra vào tháng 10 "
                    "hằng năm tại COEX và dọc đại lộ Yeongdong-daero. Sau lễ hội khai mạc là các "
                    "buổi biểu diễn K-POP, lớp học nhảy và chương trình giao lưu thiếu niên với "
                    "các thành phố kết nghĩa, hữu nghị.</p><p>Là sự kiện trung tâm của dự án “Cầu "
                    "nối Văn hóa K-POP”, tuần lễ góp phần nâng cao giá trị thương hiệu Gangnam "
                    "thông qua hoạt động ngoại giao nhân dân mà mọi cư dân đều có thể tham gia.</p>"
                ),
            },
        },
        "events": [
            {
                "slug": "2024",
                "starts_at": "2024-10-14T18:00",
                "ends_at": "2024-10-14T21:00",
                "venue": "coex",
                "online_url": "",
                "category": "festival",
                "capacity": 500,
                "max_party_size": 4,
                "registration_opens_at": "2024-09-02T10:00",
                "registration_closes_at": "2024-10-13T18:00",
                "languages": ["ko", "en"],
                "interpretation": ["zh-hans", "ja", "ksl"],
                "text": {
                    "ko": {
                        "title": "K-POP 월드시티위크 2024 개막 축제",
                        "summary": (
                            "첫 월드시티위크의 문을 여는 축제로, K-POP 공연과 해외 자매·우호도시의 "
                            "축하 무대가 펼쳐집니다."
                        ),
                        "accessibility": (
                            "관람 구역은 단차 없이 이동할 수 있으며 휠체어석과 수어 통역을 "
                            "제공합니다. 큰 소리를 피해 쉴 수 있는 조용한 휴식실과 귀마개도 "
                            "준비되어 있습니다."
                        ),
                    },
                    "en": {
                        "title": "K-POP World City Week 2024: Opening Festival",
                        "summary": (
                            "The festival that opens the first World City Week, with K-POP "
                            "performances and celebratory stages from our sister and friendship "
                            "cities."
                        ),
                        "accessibility": (
                            "The viewing areas are step-free, with wheelchair spaces and Korean "
                            "Sign Language interpretation. A quiet room and free earplugs are "
                            "available for a break from the noise."
                        ),
                    },
                    "zh-hans": {
                        "title": "2024 K-POP世界城市周开幕庆典",
                        "summary": (
                            "首届世界城市周的开幕庆典，将上演K-POP演出以及姐妹城市、"
                            "友好城市带来的祝贺表演。"
                        ),
                        "accessibility": (
                            "观演区域无台阶，设有轮椅席位并提供韩国手语翻译。"
                            "现场还设有远离噪音的安静休息室，并免费提供耳塞。"
                        ),
                    },
                    "ja": {
                        "title": "K-POPワールドシティウィーク2024 オープニングフェスティバル",
                        "summary": (
                            "初開催となるワールドシティウィークの幕開けを飾るフェスティバルで、"
                            "K-POP公演と姉妹・友好都市によるお祝いのステージをお届けします。"
                        ),
                        "accessibility": (
                            "観覧エリアは段差なく移動でき、車椅子席と韓国手話通訳を用意しています。"
                            "大きな音を避けて休めるクワイエットルームと耳栓もご用意しています。"
                        ),
                    },
                    "vi": {
                        "title": "Lễ hội khai mạc Tuần lễ Thành phố Thế giới K-POP 2024",
                        "summary": (
                            "Lễ hội mở màn Tuần lễ Thành phố Thế giới lần đầu tiên, với các tiết "
                            "mục K-POP và màn biểu diễn chúc mừng của các thành phố kết nghĩa, hữu "
                            "nghị."
                        ),
                        "accessibility": (
                            "Khu vực xem biểu diễn không có bậc thềm, có chỗ dành cho xe lăn và "
                            "phiên dịch ngôn ngữ ký hiệu Hàn Quốc. Có phòng yên tĩnh để tránh "
                            "tiếng ồn và nút bịt tai miễn phí."
                        ),
                    },
                },
            },
            {
                "slug": "2025",
                "starts_at": "2025-10-13T18:00",
                "ends_at": "2025-10-13T21:00",
                "venue": "coex",
                "online_url": "",
                "category": "festival",
                "capacity": 500,
                "max_party_size": 4,
                "registration_opens_at": "2025-09-01T10:00",
                "registration_closes_at": "2025-10-12T18:00",
                "languages": ["ko", "en"],
                "interpretation": ["zh-hans", "ja", "vi", "ksl"],
                "text": {
                    "ko": {
                        "title": "K-POP 월드시티위크 2025 개막 축제",
                        "summary": (
                            "메구로구 청소년 댄스팀과 강남 주민 동아리의 합동 무대 등 한류 공연과 "
                            "시민 참여 프로그램으로 한 주를 엽니다."
                        ),
                        "accessibility": (
                            "관람 구역은 단차 없이 이동할 수 있으며 휠체어석과 수어 통역을 "
                            "제공합니다. 큰 소리를 피해 쉴 수 있는 조용한 휴식실과 귀마개도 "
                            "준비되어 있습니다."
                        ),
                    },
                    "en": {
                        "title": "K-POP World City Week 2025: Opening Festival",
                        "summary": (
                            "The week opens with Hallyu performances and activities for residents, "
                            "including a joint stage by a youth dance team from Meguro and Gangnam "
                            "community clubs."
                        ),
                        "accessibility": (
                            "The viewing areas are step-free, with wheelchair spaces and Korean "
                            "Sign Language interpretation. A quiet room and free earplugs are "
                            "available for a break from the noise."
                        ),
                    },
                    "zh-hans": {
                        "title": "2025 K-POP世界城市周开幕庆典",
                        "summary": (
                            "以韩流演出和市民参与活动拉开活动周序幕，"
                            "其中包括目黑区青少年舞蹈团与江南居民社团的联合演出。"
                        ),
                        "accessibility": (
                            "观演区域无台阶，设有轮椅席位并提供韩国手语翻译。"
                            "现场还设有远离噪音的安静休息室，并免费提供耳塞。"
                        ),
                    },
                    "ja": {
                        "title": "K-POPワールドシティウィーク2025 オープニングフェスティバル",
                        "summary": (
                            "目黒区の青少年ダンスチームと江南の住民サークルによる合同ステージなど、"
                            "韓流公演と市民参加プログラムで1週間の幕を開けます。"
                        ),
                        "accessibility": (
                            "観覧エリアは段差なく移動でき、車椅子席と韓国手話通訳を用意しています。"
                            "大きな音を避けて休めるクワイエットルームと耳栓もご用意しています。"
                        ),
                    },
                    "vi": {
                        "title": "Lễ hội khai mạc Tuần lễ Thành phố Thế giới K-POP 2025",
                        "summary": (
                            "Tuần lễ mở màn bằng các tiết mục Làn sóng Hàn Quốc và hoạt động cho "
                            "cư dân, trong đó có màn trình diễn chung của nhóm nhảy thiếu niên "
                            "quận Meguro và các câu lạc bộ cư dân Gangnam."
                        ),
                        "accessibility": (
                            "Khu vực xem biểu diễn không có bậc thềm, có chỗ dành cho xe lăn và "
                            "phiên dịch ngôn ngữ ký hiệu Hàn Quốc. Có phòng yên tĩnh để tránh "
                            "tiếng ồn và nút bịt tai miễn phí."
                        ),
                    },
                },
            },
            {
                "slug": "2026",
                "starts_at": "2026-10-12T18:00",
                "ends_at": "2026-10-12T21:00",
                "venue": "coex",
                "online_url": "",
                "category": "festival",
                "capacity": 600,
                "max_party_size": 4,
                "registration_opens_at": "2026-09-01T10:00",
                "registration_closes_at": "2026-10-11T18:00",
                "languages": ["ko", "en"],
                "interpretation": ["zh-hans", "ja", "vi", "th", "ksl"],
                "text": {
                    "ko": {
                        "title": "K-POP 월드시티위크 2026 개막 축제",
                        "summary": (
                            "해외 도시 공연팀과 주민 댄스 동아리가 함께 무대에 오르고, 외국인 "
                            "주민을 위한 다국어 K-POP 노래 교실도 열립니다."
                        ),
                        "accessibility": (
                            "관람 구역은 단차 없이 이동할 수 있으며 휠체어석과 수어 통역을 "
                            "제공합니다. 큰 소리를 피해 쉴 수 있는 조용한 휴식실과 귀마개도 "
                            "준비되어 있습니다."
                        ),
                    },
                    "en": {
                        "title": "K-POP World City Week 2026: Opening Festival",
                        "summary": (
                            "Performers from partner cities share the stage with local dance clubs,"
                            " and a multilingual K-POP sing-along class is held for foreign "
                            "residents."
                        ),
                        "accessibility": (
                            "The viewing areas are step-free, with wheelchair spaces and Korean "
                            "Sign Language interpretation. A quiet room and free earplugs are "
                            "available for a break from the noise."
                        ),
                    },
                    "zh-hans": {
                        "title": "2026 K-POP世界城市周开幕庆典",
                        "summary": (
                            "海外城市演出团与居民舞蹈社团同台献艺，"
                            "还将为外籍居民开设多语种K-POP歌唱课堂。"
                        ),
                        "accessibility": (
                            "观演区域无台阶，设有轮椅席位并提供韩国手语翻译。"
                            "现场还设有远离噪音的安静休息室，并免费提供耳塞。"
                        ),
                    },
                    "ja": {
                        "title": "K-POPワールドシティウィーク2026 オープニングフェスティバル",
                        "summary": (
                            "海外都市の公演チームと住民のダンスサークルが共に舞台に立ち、"
                            "外国人住民向けの多言語K-POP歌唱教室も開かれます。"
                        ),
                        "accessibility": (
                            "観覧エリアは段差なく移動でき、車椅子席と韓国手話通訳を用意しています。"
                            "大きな音を避けて休めるクワイエットルームと耳栓もご用意しています。"
                        ),
                    },
                    "vi": {
                        "title": "Lễ hội khai mạc Tuần lễ Thành phố Thế giới K-POP 2026",
                        "summary": (
                            "Các nhóm biểu diễn từ thành phố đối tác cùng lên sân khấu với câu lạc "
                            "bộ nhảy của cư dân, kèm lớp hát K-POP đa ngôn ngữ dành cho cư dân "
                            "nước ngoài."
                        ),
                        "accessibility": (
                            "Khu vực xem biểu diễn không có bậc thềm, có chỗ dành cho xe lăn và "
                            "phiên dịch ngôn ngữ ký hiệu Hàn Quốc. Có phòng yên tĩnh để tránh "
                            "tiếng ồn và nút bịt tai miễn phí."
                        ),
                    },
                },
            },
            {
                "slug": "2027",
                "starts_at": "2027-10-11T18:00",
                "ends_at": "2027-10-11T21:00",
                "venue": "coex",
                "online_url": "",
                "category": "festival",
                "capacity": 600,
                "max_party_size": 4,
                "registration_opens_at": "2027-09-01T10:00",
                "registration_closes_at": "2027-10-10T18:00",
                "languages": ["ko", "en"],
                "interpretation": ["zh-hans", "ja", "vi", "th", "ksl"],
                "text": {
                    "ko": {
                        "title": "K-POP 월드시티위크 2027 개막 축제",
                        "summary": (
                            "주민이 직접 고른 곡으로 꾸미는 시민 합창·댄스 무대와 해외 도시의 축하 "
                            "공연이 펼쳐집니다."
                        ),
                        "accessibility": (
                            "관람 구역은 단차 없이 이동할 수 있으며 휠체어석과 수어 통역을 "
                            "제공합니다. 큰 소리를 피해 쉴 수 있는 조용한 휴식실과 귀마개도 "
                            "준비되어 있습니다."
                        ),
                    },
                    "en": {
                        "title": "K-POP World City Week 2027: Opening Festival",
                        "summary": (
                            "A citizens' choir and dance stage performing songs chosen by "
                            "residents, plus celebratory performances from partner cities."
                        ),
                        "accessibility": (
                            "The viewing areas are step-free, with wheelchair spaces and Korean "
                            "Sign Language interpretation. A quiet room and free earplugs are "
                            "available for a break from the noise."
                        ),
                    },
                    "zh-hans": {
                        "title": "2027 K-POP世界城市周开幕庆典",
                        "summary": (
                            "由居民亲自选曲的市民合唱与舞蹈表演，以及海外城市带来的祝贺演出。"
                        ),
                        "accessibility": (
                            "观演区域无台阶，设有轮椅席位并提供韩国手语翻译。"
                            "现场还设有远离噪音的安静休息室，并免费提供耳塞。"
                        ),
                    },
                    "ja": {
                        "title": "K-POPワールドシティウィーク2027 オープニングフェスティバル",
                        "summary": (
                            "住民が選んだ曲で彩る市民合唱・ダンスステージと、"
                            "海外都市によるお祝い公演をお届けします。"
                        ),
                        "accessibility": (
                            "観覧エリアは段差なく移動でき、車椅子席と韓国手話通訳を用意しています。"
                            "大きな音を避けて休めるクワイエットルームと耳栓もご用意しています。"
                        ),
                    },
                    "vi": {
                        "title": "Lễ hội khai mạc Tuần lễ Thành phố Thế giới K-POP 2027",
                        "summary": (
                            "Sân khấu hợp xướng và nhảy của người dân với các ca khúc do cư dân tự "
                            "chọn, cùng màn biểu diễn chúc mừng của các thành phố đối tác."
                        ),
                        "accessibility": (
                            "Khu vực xem biểu diễn không có bậc thềm, có chỗ dành cho xe lăn và "
                            "phiên dịch ngôn ngữ ký hiệu Hàn Quốc. Có phòng yên tĩnh để tránh "
                            "tiếng ồn và nút bịt tai miễn phí."
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "ai-diplomacy-dashboard",
        "axis": "data",
        "cluster": "C4",
        "cadence": "one_off",
        "cadence_month": None,
        "featured": False,
        "partners": ["berlin-urban-data-institute"],
        "text": {
            "ko": {
                "title": "AI 외교 대시보드",
                "summary": (
                    "교류 빈도, 감성지수, 협력 성과 등 강남구 도시외교 데이터를 한눈에 보여 주는 "
                    "통합 관리 플랫폼입니다."
                ),
                "body_html": (
                    "<p><strong>AI 외교 대시보드</strong>는 뉴스·보도·정책 데이터를 AI로 분석해 "
                    "국제교류 빈도, 감성지수, 신뢰지수, 협정 체결 현황을 시각화하는 플랫폼입니다. "
                    "MarketHub 플랫폼의 ‘글로컬라이제이션 데이터 루프’와 연계되어 모든 프로그램의 "
                    "성과가 자동으로 반영됩니다.</p><p>구는 대시보드를 통해 도시외교 성과지표를 "
                    "투명하게 공개하고, 성과에 기반한 국제협력 예산 운용에 활용합니다.</p>"
                ),
            },
            "en": {
                "title": "AI Diplomacy Dashboard",
                "summary": (
                    "An integrated platform that shows Gangnam-gu's city-diplomacy data at a "
                    "glance, from exchange frequency and sentiment to the results of cooperation."
                ),
                "body_html": (
                    "<p>The <strong>AI Diplomacy Dashboard</strong> uses AI to analyze news, press "
                    "and policy data and visualizes exchange frequency, the sentiment index, the "
                    "Trust Index and the status of agreements. Linked to the “Glocalization data "
                    "loop” on the MarketHub platform, it picks up the results of every program "
                    "automatically.</p><p>The district uses the dashboard to publish its "
                    "city-diplomacy indicators openly and to link the international cooperation "
                    "budget to results.</p>"
                ),
            },
            "zh-hans": {
                "title": "AI外交仪表盘",
                "summary": (
                    "一屏呈现江南区城市外交数据的综合管理平台，涵盖交流频次、"
                    "情感指数和合作成果等内容。"
                ),
                "body_html": (
                    "<p><strong>AI外交仪表盘</strong>运用人工智能分析新闻、报道和政策数据，"
                    "对国际交流频次、情感指数、信任指数及协议签署情况进行可视化呈现。"
                    "仪表盘与MarketHub平台的“全球本地化数据循环”相连，各项目成果自动汇入。</p><p>"
                    "江南区将借助仪表盘公开城市外交绩效指标，"
                    "并据此实施与成果挂钩的国际合作预算管理。</p>"
                ),
            },
            "ja": {
                "title": "AI外交ダッシュボード",
                "summary": (
                    "交流頻度、感情指数、協力の成果など、"
                    "江南区の都市外交データをひと目で把握できる統合管理プラットフォームです。"
                ),
                "body_html": (
                    "<p><strong>AI外交ダッシュボード</strong>は、"
                    "ニュース・報道・政策データをAIで分析し、国際交流の頻度、感情指数、信頼指数、"
                    "協定の締結状況を可視化するプラットフォームです。"
                    "MarketHubプラットフォームの「グローカリゼーション・データループ」と連携し、"
                    "すべてのプログラムの成果が自動的に反映されます。</p><p>"
                    "区はダッシュボードを通じて都市外交の成果指標を透明性をもって公開し、"
                    "成果に基づく国際協力予算の運用に活用します。</p>"
                ),
            },
            "vi": {
                "title": "Bảng điều khiển Ngoại giao AI",
                "summary": (
                    "Nền tảng quản lý tích hợp giúp theo dõi nhanh dữ liệu ngoại giao thành phố "
                    "của quận Gangnam, từ tần suất giao lưu, chỉ số cảm xúc đến kết quả hợp tác."
                ),
                "body_html": (
                    "<p><strong>Bảng điều khiển Ngoại giao AI</strong> dùng AI phân tích dữ liệu "
                    "tin tức, báo chí và chính sách, trực quan hóa tần suất giao lưu quốc tế, chỉ "
                    "số cảm xúc, Chỉ số Tin cậy và tình hình ký kết thỏa thuận. Bảng điều khiển "
                    "kết nối với “vòng lặp dữ liệu toàn cầu địa phương hóa” trên nền tảng "
                    "MarketHub nên kết quả của mọi chương trình được cập nhật tự động.</p><p>Quận "
                    "sử dụng bảng điều khiển để công khai minh bạch các chỉ số ngoại giao thành "
                    "phố và gắn ngân sách hợp tác quốc tế với kết quả thực hiện.</p>"
                ),
            },
        },
        "events": [
            {
                "slug": "launch",
                "starts_at": "2026-03-18T14:00",
                "ends_at": "2026-03-18T16:00",
                "venue": "gangnam-gu-office",
                "online_url": "https://live.example.org/gangnam/ai-diplomacy-dashboard",
                "category": "launch",
                "capacity": 150,
                "max_party_size": 1,
                "registration_opens_at": "2026-03-02T10:00",
                "registration_closes_at": "2026-03-16T18:00",
                "languages": ["ko"],
                "interpretation": ["en", "zh-hans", "ja", "vi", "ksl"],
                "text": {
                    "ko": {
                        "title": "AI 외교 대시보드 공개 시연회",
                        "summary": (
                            "대시보드의 주요 기능을 시연하고 데이터 외교 협력 업무협약을 "
                            "체결합니다. 현장과 온라인으로 동시에 참여할 수 있습니다."
                        ),
                        "accessibility": (
                            "행사장은 엘리베이터로 단차 없이 이동할 수 있으며, 현장과 온라인 "
                            "생중계 모두 한국어·영어 실시간 자막과 수어 통역을 제공합니다."
                        ),
                    },
                    "en": {
                        "title": "AI Diplomacy Dashboard: Launch and Demonstration",
                        "summary": (
                            "A live demonstration of the dashboard's main features and the signing "
                            "of an MOU on data-diplomacy cooperation. Join on site or online."
                        ),
                        "accessibility": (
                            "The venue is step-free by elevator, and both the room and the live "
                            "stream have live Korean and English captions and Korean Sign Language "
                            "interpretation."
                        ),
                    },
                    "zh-hans": {
                        "title": "AI外交仪表盘发布暨演示会",
                        "summary": (
                            "现场演示仪表盘的主要功能，并签署数据外交合作谅解备忘录。"
                            "可选择现场或线上参加。"
                        ),
                        "accessibility": (
                            "会场可乘电梯无障碍到达，现场和网络直播均提供韩语、"
                            "英语实时字幕及韩国手语翻译。"
                        ),
                    },
                    "ja": {
                        "title": "AI外交ダッシュボード公開デモンストレーション",
                        "summary": (
                            "ダッシュボードの主な機能を実演し、データ外交協力に関する覚書（MOU）"
                            "を締結します。会場とオンラインのどちらからでもご参加いただけます。"
                        ),
                        "accessibility": (
                            "会場へはエレベーターで段差なく移動でき、"
                            "会場とオンライン生中継の両方で韓国語・英語のリアルタイム字幕と韓国手話"
                            "通訳を提供します。"
                        ),
                    },
                    "vi": {
                        "title": "Lễ ra mắt và trình diễn Bảng điều khiển Ngoại giao AI",
                        "summary": (
                            "Trình diễn trực tiếp các tính năng chính của bảng điều khiển và ký "
                            "biên bản ghi nhớ về hợp tác ngoại giao dữ liệu. Có thể tham gia trực "
                            "tiếp hoặc trực tuyến."
                        ),
                        "accessibility": (
                            "Địa điểm có thang máy, không có bậc thềm; cả tại chỗ và trên kênh "
                            "phát trực tiếp đều có phụ đề trực tiếp tiếng Hàn, tiếng Anh và phiên "
                            "dịch ngôn ngữ ký hiệu Hàn Quốc."
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "multilingual-governance-day",
        "axis": "inclusion",
        "cluster": "C4",
        "cadence": "yearly",
        "cadence_month": 6,
        "featured": True,
        "partners": [],
        "text": {
            "ko": {
                "title": "다국어 거버넌스 데이",
                "summary": (
                    "외국인 주민 공동체가 직접 참여해 다국어 행정과 생활 정책을 함께 논의하고 "
                    "제안하는 정책 행사입니다."
                ),
                "body_html": (
                    "<p><strong>다국어 거버넌스 데이</strong>는 강남에 사는 외국인 주민과 공동체 "
                    "대표, 구 공무원이 한자리에 모여 생활 속 불편을 나누고 정책을 함께 만드는 "
                    "날입니다. 주제별 원탁 토론과 다국어 민원 상담 창구를 운영합니다.</p><p>논의 "
                    "결과는 다국어 민원 서비스와 문화 통합 정책에 반영되며, 제안별 처리 현황은 이 "
                    "포털에서 확인할 수 있습니다.</p>"
                ),
            },
            "en": {
                "title": "Multilingual Governance Day",
                "summary": (
                    "A policy event where foreign-resident communities help shape multilingual "
                    "public services and everyday policies in Gangnam-gu."
                ),
                "body_html": (
                    "<p><strong>Multilingual Governance Day</strong> brings foreign residents, "
                    "community leaders and district officials together to talk about everyday "
                    "difficulties and to design policies jointly. It features themed round-table "
                    "discussions and multilingual advice desks.</p><p>The results feed into the "
                    "district's multilingual complaint services and cultural-integration policies, "
                    "and you can follow the progress of each proposal on this portal.</p>"
                ),
            },
            "zh-hans": {
                "title": "多语种治理日",
                "summary": (
                    "外籍居民社区直接参与，共同讨论并就多语种行政服务和生活政策提出建议的政策活动。"
                ),
                "body_html": (
                    "<p><strong>多语种治理日</strong>邀请居住在江南的外籍居民、"
                    "社区代表和区政府工作人员齐聚一堂，交流生活中遇到的不便，共同制定政策。"
                    "活动设有主题圆桌讨论和多语种民政咨询窗口。</p><p>"
                    "讨论成果将纳入多语种民政服务和文化融合政策，各项建议的办理进展可在本门户查询。"
                    "</p>"
                ),
            },
            "ja": {
                "title": "多言語ガバナンス・デー",
                "summary": (
                    "外国人住民コミュニティが直接参加し、"
                    "多言語行政や暮らしに関わる政策を共に話し合い、提案する政策イベントです。"
                ),
                "body_html": (
                    "<p><strong>多言語ガバナンス・デー</strong>は、"
                    "江南で暮らす外国人住民やコミュニティの代表、区の職員が一堂に会し、"
                    "暮らしの中の困りごとを共有しながら政策を共につくる日です。"
                    "テーマ別の円卓討論と多言語の行政相談窓口を設けます。</p><p>"
                    "話し合いの結果は多言語の苦情・相談サービスや文化共生政策に反映され、"
                    "提案ごとの対応状況はこのポータルで確認できます。</p>"
                ),
            },
            "vi": {
                "title": "Ngày Quản trị Đa ngôn ngữ",
                "summary": (
                    "Sự kiện chính sách nơi cộng đồng cư dân nước ngoài trực tiếp tham gia thảo "
                    "luận và đề xuất về hành chính đa ngôn ngữ cũng như các chính sách đời sống."
                ),
                "body_html": (
                    "<p><strong>Ngày Quản trị Đa ngôn ngữ</strong> là dịp để cư dân nước ngoài "
                    "đang sống tại Gangnam, đại diện các cộng đồng và cán bộ quận cùng chia sẻ "
                    "những khó khăn trong cuộc sống và cùng xây dựng chính sách. Sự kiện có các "
                    "bàn tròn thảo luận theo chủ đề và quầy tư vấn thủ tục hành chính đa ngôn ngữ."
                    "</p><p>Kết quả thảo luận được đưa vào dịch vụ tiếp nhận kiến nghị đa ngôn ngữ "
                    "và chính sách hòa nhập văn hóa; tiến độ xử lý từng đề xuất được cập nhật trên "
                    "cổng thông tin này.</p>"
                ),
            },
        },
        "events": [
            {
                "slug": "2026",
                "starts_at": "2026-06-13T13:00",
                "ends_at": "2026-06-13T17:00",
                "venue": "gangnam-gu-office",
                "online_url": "",
                "category": "workshop",
                "capacity": 300,
                "max_party_size": 4,
                "registration_opens_at": "2026-05-11T10:00",
                "registration_closes_at": "2026-06-10T18:00",
                "languages": ["ko", "en", "zh-hans", "vi"],
                "interpretation": ["ja", "ru", "mn", "th", "tl", "uz", "ne", "ksl"],
                "text": {
                    "ko": {
                        "title": "제1회 다국어 거버넌스 데이",
                        "summary": (
                            "주거·의료·자녀 교육을 주제로 외국인 주민과 구가 함께 원탁 토론을 열고 "
                            "정책 과제를 도출합니다."
                        ),
                        "accessibility": (
                            "행사장은 휠체어로 이동할 수 있으며 수어 통역과 실시간 다국어 자막을 "
                            "제공합니다. 자녀와 함께 오는 분을 위한 돌봄 공간과 조용한 휴식실도 "
                            "운영합니다."
                        ),
                    },
                    "en": {
                        "title": "Multilingual Governance Day 2026",
                        "summary": (
                            "Foreign residents and the district hold round-table discussions on "
                            "housing, healthcare and children's education and agree on policy "
                            "priorities together."
                        ),
                        "accessibility": (
                            "The venue is wheelchair accessible, with Korean Sign Language "
                            "interpretation and live multilingual captions. A supervised "
                            "children's area and a quiet room are also available."
                        ),
                    },
                    "zh-hans": {
                        "title": "第一届多语种治理日",
                        "summary": (
                            "围绕住房、医疗和子女教育等主题，外籍居民与区政府共同举行圆桌讨论，"
                            "梳理政策课题。"
                        ),
                        "accessibility": (
                            "会场可供轮椅通行，提供韩国手语翻译和多语种实时字幕，"
                            "并设有儿童看护区和安静休息室。"
                        ),
                    },
                    "ja": {
                        "title": "第1回 多言語ガバナンス・デー",
                        "summary": (
                            "住まい・医療・子どもの教育をテーマに、外国人住民と区が円卓討論を行い、"
                            "政策課題を共にまとめます。"
                        ),
                        "accessibility": (
                            "会場は車椅子で移動でき、"
                            "韓国手話通訳と多言語のリアルタイム字幕を提供します。"
                            "お子さま連れの方のための託児スペースとクワイエットルームもご用意してい"
                            "ます。"
                        ),
                    },
                    "vi": {
                        "title": "Ngày Quản trị Đa ngôn ngữ lần thứ nhất",
                        "summary": (
                            "Cư dân nước ngoài và chính quyền quận cùng thảo luận bàn tròn về nhà "
                            "ở, y tế và giáo dục con cái để xác định các vấn đề chính sách ưu tiên."
                        ),
                        "accessibility": (
                            "Địa điểm thuận tiện cho người dùng xe lăn, có phiên dịch ngôn ngữ ký "
                            "hiệu Hàn Quốc và phụ đề đa ngôn ngữ trực tiếp. Có khu trông trẻ cho "
                            "người đi cùng con nhỏ và phòng yên tĩnh."
                        ),
                    },
                },
            },
            {
                "slug": "2027",
                "starts_at": "2027-06-12T13:00",
                "ends_at": "2027-06-12T17:00",
                "venue": "gangnam-gu-office",
                "online_url": "",
                "category": "workshop",
                "capacity": 300,
                "max_party_size": 4,
                "registration_opens_at": "2026-12-07T10:00",
                "registration_closes_at": "2027-06-09T18:00",
                "languages": ["ko", "en", "zh-hans", "vi"],
                "interpretation": ["ja", "ru", "mn", "th", "tl", "uz", "ne", "ksl"],
                "text": {
                    "ko": {
                        "title": "제2회 다국어 거버넌스 데이",
                        "summary": (
                            "지난해 제안된 과제의 추진 결과를 공유하고, 일자리와 창업 지원을 "
                            "주제로 새로운 정책 제안을 모읍니다."
                        ),
                        "accessibility": (
                            "행사장은 휠체어로 이동할 수 있으며 수어 통역과 실시간 다국어 자막을 "
                            "제공합니다. 자녀와 함께 오는 분을 위한 돌봄 공간과 조용한 휴식실도 "
                            "운영합니다."
                        ),
                    },
                    "en": {
                        "title": "Multilingual Governance Day 2027",
                        "summary": (
                            "A report back on last year's proposals, followed by new policy ideas "
                            "on jobs and support for starting a business."
                        ),
                        "accessibility": (
                            "The venue is wheelchair accessible, with Korean Sign Language "
                            "interpretation and live multilingual captions. A supervised "
                            "children's area and a quiet room are also available."
                        ),
                    },
                    "zh-hans": {
                        "title": "第二届多语种治理日",
                        "summary": (
                            "通报上一届所提建议的落实情况，并围绕就业和创业支持征集新的政策建议。"
                        ),
                        "accessibility": (
                            "会场可供轮椅通行，提供韩国手语翻译和多语种实时字幕，"
                            "并设有儿童看护区和安静休息室。"
                        ),
                    },
                    "ja": {
                        "title": "第2回 多言語ガバナンス・デー",
                        "summary": (
                            "昨年寄せられた提案の進捗状況を共有し、"
                            "仕事と起業支援をテーマに新たな政策提案を募ります。"
                        ),
                        "accessibility": (
                            "会場は車椅子で移動でき、"
                            "韓国手話通訳と多言語のリアルタイム字幕を提供します。"
                            "お子さま連れの方のための託児スペースとクワイエットルームもご用意してい"
                            "ます。"
                        ),
                    },
                    "vi": {
                        "title": "Ngày Quản trị Đa ngôn ngữ lần thứ hai",
                        "summary": (
                            "Chia sẻ kết quả thực hiện các đề xuất năm trước và thu thập ý kiến "
                            "chính sách mới về việc làm và hỗ trợ khởi nghiệp."
                        ),
                        "accessibility": (
                            "Địa điểm thuận tiện cho người dùng xe lăn, có phiên dịch ngôn ngữ ký "
                            "hiệu Hàn Quốc và phụ đề đa ngôn ngữ trực tiếp. Có khu trông trẻ cho "
                            "người đi cùng con nhỏ và phòng yên tĩnh."
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "green-startup-summit",
        "axis": "industry",
        "cluster": "C3",
        "cadence": "yearly",
        "cadence_month": 9,
        "featured": False,
        "partners": ["hcmc-startup-centre", "santa-clara"],
        "text": {
            "ko": {
                "title": "그린 스타트업 서밋",
                "summary": (
                    "기후테크·친환경 스타트업과 해외 투자자, 협력 도시가 모여 ESG 파트너십을 맺는 "
                    "국제 행사입니다."
                ),
                "body_html": (
                    "<p><strong>그린 스타트업 서밋</strong>은 기후테크·순환경제 분야 국내외 "
                    "스타트업이 해외 투자자와 협력 도시를 만나는 ESG 외교 행사입니다. 투자 설명회, "
                    "실증 사업 협력 매칭, 해외 진출 상담을 한자리에서 진행합니다.</p><p>‘ESG·그린 "
                    "파트너십’ 분야를 강화하는 핵심 사업으로, 강남 스타트업의 해외 진출과 해외 "
                    "기업의 강남 투자를 함께 지원합니다.</p>"
                ),
            },
            "en": {
                "title": "Green Startup Summit",
                "summary": (
                    "An international event where climate-tech and green start-ups, overseas "
                    "investors and partner cities build ESG partnerships."
                ),
                "body_html": (
                    "<p>The <strong>Green Startup Summit</strong> is Gangnam's ESG-diplomacy event,"
                    " connecting Korean and international start-ups in climate tech and the "
                    "circular economy with overseas investors and partner cities. Investor pitches,"
                    " pilot-project matchmaking and advice on expanding abroad all take place "
                    "under one roof.</p><p>A key project for the “ESG &amp; Green Partnership” "
                    "cluster, the summit helps Gangnam start-ups go global and encourages foreign "
                    "companies to invest in Gangnam.</p>"
                ),
            },
            "zh-hans": {
                "title": "绿色创业峰会",
                "summary": (
                    "气候科技与绿色初创企业、海外投资者及合作城市齐聚一堂、"
                    "建立ESG伙伴关系的国际活动。"
                ),
                "body_html": (
                    "<p><strong>绿色创业峰会</strong>是江南区的ESG外交活动，"
                    "帮助气候科技和循环经济领域的国内外初创企业对接海外投资者与合作城市。"
                    "峰会集中开展投资路演、试点项目合作对接和海外拓展咨询。</p><p>"
                    "作为强化“ESG与绿色伙伴关系”领域的核心项目，峰会既支持江南初创企业走向海外，"
                    "也吸引外国企业投资江南。</p>"
                ),
            },
            "ja": {
                "title": "グリーンスタートアップサミット",
                "summary": (
                    "気候テック・環境分野のスタートアップ、海外投資家、協力都市が集まり、"
                    "ESGパートナーシップを築く国際イベントです。"
                ),
                "body_html": (
                    "<p><strong>グリーンスタートアップサミット</strong>は、"
                    "気候テックや循環経済分野の国内外のスタートアップが海外の投資家や協力都市と出会"
                    "うESG外交イベントです。投資説明会、実証プロジェクトのマッチング、"
                    "海外展開相談を一度に行います。</p><p>「ESG・グリーンパートナーシップ」"
                    "分野を強化する中核事業として、江南のスタートアップの海外進出と、"
                    "海外企業による江南への投資を共に支援します。</p>"
                ),
            },
            "vi": {
                "title": "Hội nghị Thượng đỉnh Khởi nghiệp Xanh",
                "summary": (
                    "Sự kiện quốc tế nơi các công ty khởi nghiệp công nghệ khí hậu và khởi nghiệp "
                    "xanh, nhà đầu tư nước ngoài cùng các thành phố đối tác xây dựng quan hệ đối "
                    "tác ESG."
                ),
                "body_html": (
                    "<p><strong>Hội nghị Thượng đỉnh Khởi nghiệp Xanh</strong> là sự kiện ngoại "
                    "giao ESG của quận Gangnam, kết nối các công ty khởi nghiệp trong và ngoài "
                    "nước thuộc lĩnh vực công nghệ khí hậu và kinh tế tuần hoàn với nhà đầu tư "
                    "nước ngoài và các thành phố đối tác. Các buổi gọi vốn, kết nối dự án thí điểm "
                    "và tư vấn mở rộng ra nước ngoài đều diễn ra tại một nơi.</p><p>Là dự án trọng "
                    "tâm của lĩnh vực “ESG và quan hệ đối tác xanh”, hội nghị hỗ trợ các công ty "
                    "khởi nghiệp Gangnam vươn ra thế giới và thu hút doanh nghiệp nước ngoài đầu "
                    "tư vào Gangnam.</p>"
                ),
            },
        },
        "events": [
            {
                "slug": "2025",
                "starts_at": "2025-09-17T10:00",
                "ends_at": "2025-09-17T18:00",
                "venue": "setec",
                "online_url": "",
                "category": "conference",
                "capacity": 400,
                "max_party_size": 2,
                "registration_opens_at": "2025-08-04T10:00",
                "registration_closes_at": "2025-09-12T18:00",
                "languages": ["ko", "en"],
                "interpretation": ["zh-hans", "ja", "vi"],
                "text": {
                    "ko": {
                        "title": "그린 스타트업 서밋 2025",
                        "summary": (
                            "기후테크 스타트업 투자 설명회와 베트남·미국 협력 기관의 스타트업이 "
                            "함께하는 공동 세션으로 구성된 첫 서밋입니다."
                        ),
                        "accessibility": (
                            "세텍 행사장은 출입구부터 단차 없이 이동할 수 있으며, 세션장에는 "
                            "휠체어석과 한국어·영어 실시간 자막을 제공합니다."
                        ),
                    },
                    "en": {
                        "title": "Green Startup Summit 2025",
                        "summary": (
                            "The first summit, with investor pitches by climate-tech start-ups and "
                            "joint sessions with start-ups from partner organizations in Vietnam "
                            "and the United States."
                        ),
                        "accessibility": (
                            "SETEC is step-free from the entrance, and the session rooms have "
                            "wheelchair spaces and live Korean and English captions."
                        ),
                    },
                    "zh-hans": {
                        "title": "2025绿色创业峰会",
                        "summary": (
                            "首届峰会包括气候科技初创企业投资路演，以及与越南、"
                            "美国合作机构旗下初创企业的联合分论坛。"
                        ),
                        "accessibility": (
                            "SETEC会场自入口起全程无台阶，各分会场设有轮椅席位，并提供韩语、"
                            "英语实时字幕。"
                        ),
                    },
                    "ja": {
                        "title": "グリーンスタートアップサミット2025",
                        "summary": (
                            "気候テック・スタートアップによる投資説明会と、"
                            "ベトナム・アメリカの協力機関のスタートアップとの合同セッションで構成さ"
                            "れる第1回サミットです。"
                        ),
                        "accessibility": (
                            "SETECの会場は入口から段差なく移動でき、"
                            "セッション会場には車椅子席と韓国語・英語のリアルタイム字幕を用意してい"
                            "ます。"
                        ),
                    },
                    "vi": {
                        "title": "Hội nghị Thượng đỉnh Khởi nghiệp Xanh 2025",
                        "summary": (
                            "Hội nghị lần đầu tiên, gồm các buổi gọi vốn của công ty khởi nghiệp "
                            "công nghệ khí hậu và phiên chung với các công ty khởi nghiệp từ những "
                            "tổ chức đối tác tại Việt Nam và Hoa Kỳ."
                        ),
                        "accessibility": (
                            "Trung tâm SETEC không có bậc thềm từ lối vào; các phòng hội thảo có "
                            "chỗ dành cho xe lăn và phụ đề trực tiếp tiếng Hàn, tiếng Anh."
                        ),
                    },
                },
            },
            {
                "slug": "2026",
                "starts_at": "2026-11-25T10:00",
                "ends_at": "2026-11-25T18:00",
                "venue": "setec",
                "online_url": "",
                "category": "conference",
                "capacity": 400,
                "max_party_size": 2,
                "registration_opens_at": "2026-10-12T10:00",
                "registration_closes_at": "2026-11-20T18:00",
                "languages": ["ko", "en"],
                "interpretation": ["zh-hans", "ja", "vi", "ksl"],
                "text": {
                    "ko": {
                        "title": "그린 스타트업 서밋 2026",
                        "summary": (
                            "올해는 11월로 일정을 옮겨 열리며, 순환경제와 탄소 데이터를 주제로 "
                            "해외 투자자 상담회를 진행합니다."
                        ),
                        "accessibility": (
                            "세텍 행사장은 출입구부터 단차 없이 이동할 수 있으며, 세션장에는 "
                            "휠체어석, 한국어·영어 실시간 자막, 수어 통역을 제공합니다."
                        ),
                    },
                    "en": {
                        "title": "Green Startup Summit 2026",
                        "summary": (
                            "Moved to November this year, the summit focuses on the circular "
                            "economy and carbon data, with meetings with overseas investors."
                        ),
                        "accessibility": (
                            "SETEC is step-free from the entrance, and the session rooms have "
                            "wheelchair spaces, live Korean and English captions and Korean Sign "
                            "Language interpretation."
                        ),
                    },
                    "zh-hans": {
                        "title": "2026绿色创业峰会",
                        "summary": (
                            "本届峰会调整至11月举办，以循环经济和碳数据为主题，"
                            "举行海外投资者洽谈会。"
                        ),
                        "accessibility": (
                            "SETEC会场自入口起全程无台阶，各分会场设有轮椅席位，并提供韩语、"
                            "英语实时字幕和韩国手语翻译。"
                        ),
                    },
                    "ja": {
                        "title": "グリーンスタートアップサミット2026",
                        "summary": (
                            "今年は11月に日程を移して開催し、"
                            "循環経済と炭素データをテーマに海外投資家との相談会を行います。"
                        ),
                        "accessibility": (
                            "SETECの会場は入口から段差なく移動でき、"
                            "セッション会場には車椅子席を設け、"
                            "韓国語・英語のリアルタイム字幕と韓国手話通訳を提供します。"
                        ),
                    },
                    "vi": {
                        "title": "Hội nghị Thượng đỉnh Khởi nghiệp Xanh 2026",
                        "summary": (
                            "Năm nay hội nghị được dời sang tháng 11, tập trung vào kinh tế tuần "
                            "hoàn và dữ liệu carbon, kèm các buổi gặp gỡ nhà đầu tư nước ngoài."
                        ),
                        "accessibility": (
                            "Trung tâm SETEC không có bậc thềm từ lối vào; các phòng hội thảo có "
                            "chỗ dành cho xe lăn, phụ đề trực tiếp tiếng Hàn, tiếng Anh và phiên "
                            "dịch ngôn ngữ ký hiệu Hàn Quốc."
                        ),
                    },
                },
            },
            {
                "slug": "2027",
                "starts_at": "2027-09-15T10:00",
                "ends_at": "2027-09-15T18:00",
                "venue": "setec",
                "online_url": "",
                "category": "conference",
                "capacity": 450,
                "max_party_size": 2,
                "registration_opens_at": "2027-07-05T10:00",
                "registration_closes_at": "2027-09-10T18:00",
                "languages": ["ko", "en"],
                "interpretation": ["zh-hans", "ja", "vi", "ksl"],
                "text": {
                    "ko": {
                        "title": "그린 스타트업 서밋 2027",
                        "summary": (
                            "다시 9월 정례 일정으로 열리며, 녹색 실증 사업 매칭과 해외 진출 상담을 "
                            "확대합니다."
                        ),
                        "accessibility": (
                            "세텍 행사장은 출입구부터 단차 없이 이동할 수 있으며, 세션장에는 "
                            "휠체어석, 한국어·영어 실시간 자막, 수어 통역을 제공합니다."
                        ),
                    },
                    "en": {
                        "title": "Green Startup Summit 2027",
                        "summary": (
                            "Back in its regular September slot, with more matchmaking for green "
                            "pilot projects and more advice on expanding abroad."
                        ),
                        "accessibility": (
                            "SETEC is step-free from the entrance, and the session rooms have "
                            "wheelchair spaces, live Korean and English captions and Korean Sign "
                            "Language interpretation."
                        ),
                    },
                    "zh-hans": {
                        "title": "2027绿色创业峰会",
                        "summary": "峰会恢复于9月定期举办，并扩大绿色试点项目对接和海外拓展咨询。",
                        "accessibility": (
                            "SETEC会场自入口起全程无台阶，各分会场设有轮椅席位，并提供韩语、"
                            "英语实时字幕和韩国手语翻译。"
                        ),
                    },
                    "ja": {
                        "title": "グリーンスタートアップサミット2027",
                        "summary": (
                            "例年どおり9月の開催に戻り、"
                            "グリーン実証プロジェクトのマッチングと海外展開相談を拡充します。"
                        ),
                        "accessibility": (
                            "SETECの会場は入口から段差なく移動でき、"
                            "セッション会場には車椅子席を設け、"
                            "韓国語・英語のリアルタイム字幕と韓国手話通訳を提供します。"
                        ),
                    },
                    "vi": {
                        "title": "Hội nghị Thượng đỉnh Khởi nghiệp Xanh 2027",
                        "summary": (
                            "Trở lại lịch tổ chức thường kỳ vào tháng 9, mở rộng hoạt động kết nối "
                            "dự án thí điểm xanh và tư vấn mở rộng ra nước ngoài."
                        ),
                        "accessibility": (
                            "Trung tâm SETEC không có bậc thềm từ lối vào; các phòng hội thảo có "
                            "chỗ dành cho xe lăn, phụ đề trực tiếp tiếng Hàn, tiếng Anh và phiên "
                            "dịch ngôn ngữ ký hiệu Hàn Quốc."
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "citizen-global-forum",
        "axis": "inclusion",
        "cluster": "C4",
        "cadence": "half_yearly",
        "cadence_month": 4,
        "featured": True,
        "partners": ["meguro", "haidian"],
        "text": {
            "ko": {
                "title": "시민 글로벌 포럼",
                "summary": (
                    "주민이 직접 도시외교의 의제를 제안하고 해외 도시 시민과 의견을 나누는 시민 "
                    "참여형 외교 포럼입니다."
                ),
                "body_html": (
                    "<p><strong>시민 글로벌 포럼</strong>은 매년 4월과 10월 두 차례 열리는 시민 "
                    "참여형 외교 포럼입니다. 주민과 외국인 주민, 해외 자매·우호도시 시민이 현장과 "
                    "온라인으로 함께 참여해 교류 사업을 평가하고 새로운 의제를 제안합니다.</p><p>"
                    "포럼에서 모인 제안은 ‘글로컬 협의회’ 논의를 거쳐 다음 해 사업 계획에 "
                    "반영됩니다.</p>"
                ),
            },
            "en": {
                "title": "Citizen Global Forum",
                "summary": (
                    "A participatory diplomacy forum where residents propose the agenda for city "
                    "diplomacy and exchange views with citizens of partner cities abroad."
                ),
                "body_html": (
                    "<p>The <strong>Citizen Global Forum</strong> meets twice a year, in April and "
                    "October. Residents, foreign residents and citizens of our sister and "
                    "friendship cities take part on site and online to review exchange projects "
                    "and propose new agenda items.</p><p>Proposals from the forum are discussed by "
                    "the “Glocal Council” and reflected in the following year's work plan.</p>"
                ),
            },
            "zh-hans": {
                "title": "市民全球论坛",
                "summary": (
                    "由居民直接提出城市外交议题、并与海外城市市民交流意见的市民参与型外交论坛。"
                ),
                "body_html": (
                    "<p><strong>市民全球论坛</strong>"
                    "是每年4月和10月各举办一次的市民参与型外交论坛。本地居民、"
                    "外籍居民以及海外姐妹城市、友好城市的市民通过现场和线上方式共同参与，"
                    "评估交流项目并提出新议题。</p><p>论坛收集的建议经“全球本地化协商会”讨论后，"
                    "纳入下一年度的工作计划。</p>"
                ),
            },
            "ja": {
                "title": "市民グローバルフォーラム",
                "summary": (
                    "住民が都市外交のテーマを直接提案し、"
                    "海外都市の市民と意見を交わす市民参加型の外交フォーラムです。"
                ),
                "body_html": (
                    "<p><strong>市民グローバルフォーラム</strong>は、"
                    "毎年4月と10月の年2回開催する市民参加型の外交フォーラムです。住民、外国人住民、"
                    "海外の姉妹・友好都市の市民が会場とオンラインで参加し、"
                    "交流事業を評価して新たなテーマを提案します。</p><p>"
                    "フォーラムで寄せられた提案は「グローカル協議会」での議論を経て、"
                    "翌年度の事業計画に反映されます。</p>"
                ),
            },
            "vi": {
                "title": "Diễn đàn Công dân Toàn cầu",
                "summary": (
                    "Diễn đàn ngoại giao có sự tham gia của người dân, nơi cư dân trực tiếp đề "
                    "xuất chủ đề ngoại giao thành phố và trao đổi ý kiến với người dân các thành "
                    "phố đối tác."
                ),
                "body_html": (
                    "<p><strong>Diễn đàn Công dân Toàn cầu</strong> được tổ chức hai lần mỗi năm "
                    "vào tháng 4 và tháng 10. Cư dân, cư dân nước ngoài và người dân các thành phố "
                    "kết nghĩa, hữu nghị cùng tham gia trực tiếp và trực tuyến để đánh giá các dự "
                    "án giao lưu và đề xuất chủ đề mới.</p><p>Các đề xuất từ diễn đàn được “Hội "
                    "đồng Glocal” thảo luận và đưa vào kế hoạch hoạt động của năm sau.</p>"
                ),
            },
        },
        "events": [
            {
                "slug": "2026-04",
                "starts_at": "2026-04-18T14:00",
                "ends_at": "2026-04-18T17:00",
                "venue": "gangnam-gu-office",
                "online_url": "https://live.example.org/gangnam/citizen-global-forum",
                "category": "forum",
                "capacity": 200,
                "max_party_size": 2,
                "registration_opens_at": "2026-03-23T10:00",
                "registration_closes_at": "2026-04-15T18:00",
                "languages": ["ko"],
                "interpretation": ["en", "zh-hans", "ja", "vi", "ksl"],
                "text": {
                    "ko": {
                        "title": "제1회 시민 글로벌 포럼",
                        "summary": (
                            "‘주민이 만드는 도시외교’를 주제로 첫 포럼을 열고, 메구로구·하이뎬구 "
                            "시민과 온라인으로 연결해 의견을 나눕니다."
                        ),
                        "accessibility": (
                            "행사장은 엘리베이터로 단차 없이 이동할 수 있으며 수어 통역과 실시간 "
                            "문자 통역을 제공합니다. 온라인 참가자도 자막을 이용할 수 있습니다."
                        ),
                    },
                    "en": {
                        "title": "Citizen Global Forum: Spring 2026",
                        "summary": (
                            "The first forum, on “City Diplomacy Made by Residents”, with an "
                            "online link to citizens of Meguro and Haidian."
                        ),
                        "accessibility": (
                            "The venue is step-free by elevator, with Korean Sign Language "
                            "interpretation and live captioning. Captions are also provided for "
                            "online participants."
                        ),
                    },
                    "zh-hans": {
                        "title": "第一届市民全球论坛",
                        "summary": (
                            "首届论坛以“居民主导的城市外交”为主题，并通过线上方式与目黑区、"
                            "海淀区市民连线交流。"
                        ),
                        "accessibility": (
                            "会场可乘电梯无障碍到达，提供韩国手语翻译和实时文字转写，"
                            "线上参与者同样可以使用字幕。"
                        ),
                    },
                    "ja": {
                        "title": "第1回 市民グローバルフォーラム",
                        "summary": (
                            "「住民がつくる都市外交」をテーマにした初のフォーラムで、"
                            "目黒区・海淀区の市民ともオンラインでつないで意見を交わします。"
                        ),
                        "accessibility": (
                            "会場へはエレベーターで段差なく移動でき、"
                            "韓国手話通訳とリアルタイム文字通訳を提供します。"
                            "オンライン参加の方も字幕をご利用いただけます。"
                        ),
                    },
                    "vi": {
                        "title": "Diễn đàn Công dân Toàn cầu lần thứ nhất",
                        "summary": (
                            "Diễn đàn đầu tiên với chủ đề “Ngoại giao thành phố do cư dân kiến "
                            "tạo”, kết nối trực tuyến với người dân quận Meguro và quận Hải Điến."
                        ),
                        "accessibility": (
                            "Địa điểm có thang máy, không có bậc thềm; có phiên dịch ngôn ngữ ký "
                            "hiệu Hàn Quốc và phụ đề trực tiếp. Người tham gia trực tuyến cũng có "
                            "thể xem phụ đề."
                        ),
                    },
                },
            },
            {
                "slug": "2026-10",
                "starts_at": "2026-10-24T14:00",
                "ends_at": "2026-10-24T17:00",
                "venue": "gangnam-gu-office",
                "online_url": "https://live.example.org/gangnam/citizen-global-forum",
                "category": "forum",
                "capacity": 200,
                "max_party_size": 2,
                "registration_opens_at": "2026-09-28T10:00",
                "registration_closes_at": "2026-10-21T18:00",
                "languages": ["ko"],
                "interpretation": ["en", "zh-hans", "ja", "vi", "ksl"],
                "text": {
                    "ko": {
                        "title": "제2회 시민 글로벌 포럼",
                        "summary": (
                            "K-POP 월드시티위크 참여 경험을 돌아보고, 문화 교류에 주민 참여를 "
                            "넓히는 방안을 논의합니다."
                        ),
                        "accessibility": (
                            "행사장은 엘리베이터로 단차 없이 이동할 수 있으며 수어 통역과 실시간 "
                            "문자 통역을 제공합니다. 온라인 참가자도 자막을 이용할 수 있습니다."
                        ),
                    },
                    "en": {
                        "title": "Citizen Global Forum: Autumn 2026",
                        "summary": (
                            "A look back at K-POP World City Week and a discussion on how more "
                            "residents can take part in cultural exchange."
                        ),
                        "accessibility": (
                            "The venue is step-free by elevator, with Korean Sign Language "
                            "interpretation and live captioning. Captions are also provided for "
                            "online participants."
                        ),
                    },
                    "zh-hans": {
                        "title": "第二届市民全球论坛",
                        "summary": (
                            "回顾参与K-POP世界城市周的体验，探讨如何扩大居民对文化交流的参与。"
                        ),
                        "accessibility": (
                            "会场可乘电梯无障碍到达，提供韩国手语翻译和实时文字转写，"
                            "线上参与者同样可以使用字幕。"
                        ),
                    },
                    "ja": {
                        "title": "第2回 市民グローバルフォーラム",
                        "summary": (
                            "K-POPワールドシティウィークへの参加経験を振り返り、"
                            "文化交流への住民参加を広げる方策を話し合います。"
                        ),
                        "accessibility": (
                            "会場へはエレベーターで段差なく移動でき、"
                            "韓国手話通訳とリアルタイム文字通訳を提供します。"
                            "オンライン参加の方も字幕をご利用いただけます。"
                        ),
                    },
                    "vi": {
                        "title": "Diễn đàn Công dân Toàn cầu lần thứ hai",
                        "summary": (
                            "Nhìn lại trải nghiệm tham gia Tuần lễ Thành phố Thế giới K-POP và "
                            "thảo luận cách mở rộng sự tham gia của cư dân vào giao lưu văn hóa."
                        ),
                        "accessibility": (
                            "Địa điểm có thang máy, không có bậc thềm; có phiên dịch ngôn ngữ ký "
                            "hiệu Hàn Quốc và phụ đề trực tiếp. Người tham gia trực tuyến cũng có "
                            "thể xem phụ đề."
                        ),
                    },
                },
            },
            {
                "slug": "2026-12-special",
                "starts_at": "2026-12-12T14:00",
                "ends_at": "2026-12-12T17:00",
                "venue": "gangnam-gu-office",
                "online_url": "https://live.example.org/gangnam/citizen-global-forum",
                "category": "networking",
                "capacity": 120,
                "max_party_size": 2,
                "registration_opens_at": "2026-11-16T10:00",
                "registration_closes_at": "2026-12-10T18:00",
                "languages": ["ko", "en"],
                "interpretation": ["zh-hans", "ja", "vi", "ksl"],
                "text": {
                    "ko": {
                        "title": "시민 글로벌 포럼 특별 세션: 연말 시민 외교 네트워킹",
                        "summary": (
                            "올해 도시외교 성과를 주민과 함께 돌아보고 외국인 주민, 해외 도시 "
                            "시민과 교류하는 연말 특별 세션입니다. 2027년 교류 의제 제안도 "
                            "받습니다."
                        ),
                        "accessibility": (
                            "행사장은 엘리베이터로 단차 없이 이동할 수 있고, 네트워킹 시간에도 "
                            "앉아서 대화할 수 있도록 좌석을 충분히 마련합니다. 수어 통역과 실시간 "
                            "문자 통역을 제공합니다."
                        ),
                    },
                    "en": {
                        "title": (
                            "Citizen Global Forum Special Session: Year-End Citizen Diplomacy "
                            "Networking"
                        ),
                        "summary": (
                            "A year-end special session to review this year's city-diplomacy "
                            "results with residents and to meet foreign residents and citizens of "
                            "partner cities. Proposals for the 2027 exchange agenda are welcome."
                        ),
                        "accessibility": (
                            "The venue is step-free by elevator, and plenty of seating is provided "
                            "during the networking session. Korean Sign Language interpretation "
                            "and live captioning are available."
                        ),
                    },
                    "zh-hans": {
                        "title": "市民全球论坛特别会议：年末市民外交交流会",
                        "summary": (
                            "与居民一同回顾今年城市外交成果，"
                            "并与外籍居民及海外城市市民交流的年末特别会议。"
                            "现场还将征集2027年交流议题建议。"
                        ),
                        "accessibility": (
                            "会场可乘电梯无障碍到达，交流环节也备有充足座位，方便坐下交谈。"
                            "现场提供韩国手语翻译和实时文字转写。"
                        ),
                    },
                    "ja": {
                        "title": "市民グローバルフォーラム特別セッション：年末市民外交交流会",
                        "summary": (
                            "今年の都市外交の成果を住民の皆さんと振り返り、"
                            "外国人住民や海外都市の市民と交流する年末の特別セッションです。"
                            "2027年の交流テーマのご提案も受け付けます。"
                        ),
                        "accessibility": (
                            "会場へはエレベーターで段差なく移動でき、"
                            "交流タイムにも座って話せるよう席を十分にご用意します。"
                            "韓国手話通訳とリアルタイム文字通訳を提供します。"
                        ),
                    },
                    "vi": {
                        "title": (
                            "Phiên đặc biệt Diễn đàn Công dân Toàn cầu: Giao lưu ngoại giao nhân "
                            "dân cuối năm"
                        ),
                        "summary": (
                            "Phiên đặc biệt cuối năm để cùng cư dân nhìn lại kết quả ngoại giao "
                            "thành phố năm nay và giao lưu với cư dân nước ngoài, người dân các "
                            "thành phố đối tác. Chúng tôi cũng tiếp nhận đề xuất chủ đề giao lưu "
                            "năm 2027."
                        ),
                        "accessibility": (
                            "Địa điểm có thang máy, không có bậc thềm, và có đủ chỗ ngồi trong "
                            "phần giao lưu kết nối. Có phiên dịch ngôn ngữ ký hiệu Hàn Quốc và phụ "
                            "đề trực tiếp."
                        ),
                    },
                },
            },
            {
                "slug": "2027-04",
                "starts_at": "2027-04-17T14:00",
                "ends_at": "2027-04-17T17:00",
                "venue": "gangnam-gu-office",
                "online_url": "https://live.example.org/gangnam/citizen-global-forum",
                "category": "forum",
                "capacity": 200,
                "max_party_size": 2,
                "registration_opens_at": "2026-12-01T10:00",
                "registration_closes_at": "2027-04-14T18:00",
                "languages": ["ko"],
                "interpretation": ["en", "zh-hans", "ja", "vi", "ksl"],
                "text": {
                    "ko": {
                        "title": "제3회 시민 글로벌 포럼",
                        "summary": (
                            "2027년 국제교류 사업 계획안을 주민과 함께 검토하고, 청년·어르신 교류 "
                            "프로그램에 대한 제안을 받습니다."
                        ),
                        "accessibility": (
                            "행사장은 엘리베이터로 단차 없이 이동할 수 있으며 수어 통역과 실시간 "
                            "문자 통역을 제공합니다. 온라인 참가자도 자막을 이용할 수 있습니다."
                        ),
                    },
                    "en": {
                        "title": "Citizen Global Forum: Spring 2027",
                        "summary": (
                            "Residents review the draft 2027 international exchange plan together "
                            "and propose exchange programs for young people and older residents."
                        ),
                        "accessibility": (
                            "The venue is step-free by elevator, with Korean Sign Language "
                            "interpretation and live captioning. Captions are also provided for "
                            "online participants."
                        ),
                    },
                    "zh-hans": {
                        "title": "第三届市民全球论坛",
                        "summary": (
                            "与居民共同审议2027年国际交流工作计划草案，"
                            "并征集面向青年和老年人的交流项目建议。"
                        ),
                        "accessibility": (
                            "会场可乘电梯无障碍到达，提供韩国手语翻译和实时文字转写，"
                            "线上参与者同样可以使用字幕。"
                        ),
                    },
                    "ja": {
                        "title": "第3回 市民グローバルフォーラム",
                        "summary": (
                            "2027年の国際交流事業計画案を住民の皆さんと共に検討し、"
                            "若者や高齢者の交流プログラムについてご提案を募ります。"
                        ),
                        "accessibility": (
                            "会場へはエレベーターで段差なく移動でき、"
                            "韓国手話通訳とリアルタイム文字通訳を提供します。"
                            "オンライン参加の方も字幕をご利用いただけます。"
                        ),
                    },
                    "vi": {
                        "title": "Diễn đàn Công dân Toàn cầu lần thứ ba",
                        "summary": (
                            "Cùng cư dân góp ý dự thảo kế hoạch giao lưu quốc tế năm 2027 và tiếp "
                            "nhận đề xuất về các chương trình giao lưu cho thanh niên và người cao "
                            "tuổi."
                        ),
                        "accessibility": (
                            "Địa điểm có thang máy, không có bậc thềm; có phiên dịch ngôn ngữ ký "
                            "hiệu Hàn Quốc và phụ đề trực tiếp. Người tham gia trực tuyến cũng có "
                            "thể xem phụ đề."
                        ),
                    },
                },
            },
        ],
    },
]

PARTNERS = [
    {
        "key": "santa-clara",
        "kind": "city",
        "country": "US",
        "website": "https://www.santaclaraca.gov",
        "text": {
            "ko": {"name": "미국 산타클라라시"},
            "en": {"name": "City of Santa Clara (USA)"},
            "zh-hans": {"name": "美国圣克拉拉市"},
            "ja": {"name": "サンタクララ市（アメリカ）"},
            "vi": {"name": "Thành phố Santa Clara (Hoa Kỳ)"},
        },
    },
    {
        "key": "meguro",
        "kind": "city",
        "country": "JP",
        "website": "https://www.city.meguro.tokyo.jp",
        "text": {
            "ko": {"name": "일본 도쿄도 메구로구"},
            "en": {"name": "Meguro City, Tokyo (Japan)"},
            "zh-hans": {"name": "日本东京都目黑区"},
            "ja": {"name": "東京都目黒区"},
            "vi": {"name": "Quận Meguro, Tokyo (Nhật Bản)"},
        },
    },
    {
        "key": "haidian",
        "kind": "city",
        "country": "CN",
        "website": "https://www.bjhd.gov.cn",
        "text": {
            "ko": {"name": "중국 베이징시 하이뎬구"},
            "en": {"name": "Haidian District, Beijing (China)"},
            "zh-hans": {"name": "北京市海淀区"},
            "ja": {"name": "中国 北京市海淀区"},
            "vi": {"name": "Quận Hải Điến, Bắc Kinh (Trung Quốc)"},
        },
    },
    {
        "key": "hcmc-startup-centre",
        "kind": "institution",
        "country": "VN",
        "website": "",
        "text": {
            "ko": {"name": "호찌민시 창업지원센터(데모 파트너)"},
            "en": {"name": "Ho Chi Minh City Startup Support Center (demo partner)"},
            "zh-hans": {"name": "胡志明市创业支持中心（演示合作伙伴）"},
            "ja": {"name": "ホーチミン市スタートアップ支援センター（デモ用パートナー）"},
            "vi": {"name": "Trung tâm Hỗ trợ Khởi nghiệp Thành phố Hồ Chí Minh (đối tác minh họa)"},
        },
    },
    {
        "key": "bangkok-culture-foundation",
        "kind": "institution",
        "country": "TH",
        "website": "",
        "text": {
            "ko": {"name": "방콕 창의문화재단(데모 파트너)"},
            "en": {"name": "Bangkok Creative Culture Foundation (demo partner)"},
            "zh-hans": {"name": "曼谷创意文化基金会（演示合作伙伴）"},
            "ja": {"name": "バンコク創造文化財団（デモ用パートナー）"},
            "vi": {"name": "Quỹ Văn hóa Sáng tạo Bangkok (đối tác minh họa)"},
        },
    },
    {
        "key": "berlin-urban-data-institute",
        "kind": "institution",
        "country": "DE",
        "website": "",
        "text": {
            "ko": {"name": "베를린 도시데이터연구소(데모 파트너)"},
            "en": {"name": "Berlin Urban Data Institute (demo partner)"},
            "zh-hans": {"name": "柏林城市数据研究所（演示合作伙伴）"},
            "ja": {"name": "ベルリン都市データ研究所（デモ用パートナー）"},
            "vi": {"name": "Viện Dữ liệu Đô thị Berlin (đối tác minh họa)"},
        },
    },
]

AGREEMENTS = [
    {
        "partner": "santa-clara",
        "kind": "sister",
        "signed_on": "2019-06-12",
        "ends_on": None,
        "status": "active",
        "text": {
            "ko": {"title": "강남구–산타클라라시 자매도시 협정"},
            "en": {"title": "Sister-city agreement between Gangnam-gu and Santa Clara"},
            "zh-hans": {"title": "江南区与圣克拉拉市姐妹城市协议"},
            "ja": {"title": "江南区・サンタクララ市 姉妹都市協定"},
            "vi": {"title": "Thỏa thuận kết nghĩa giữa quận Gangnam và thành phố Santa Clara"},
        },
    },
    {
        "partner": "haidian",
        "kind": "friendship",
        "signed_on": "2021-04-22",
        "ends_on": None,
        "status": "active",
        "text": {
            "ko": {"title": "강남구–하이뎬구 우호도시 협정"},
            "en": {"title": "Friendship-city agreement between Gangnam-gu and Haidian District"},
            "zh-hans": {"title": "江南区与海淀区友好城市协议"},
            "ja": {"title": "江南区・海淀区 友好都市協定"},
            "vi": {"title": "Thỏa thuận thành phố hữu nghị giữa quận Gangnam và quận Hải Điến"},
        },
    },
    {
        "partner": "meguro",
        "kind": "friendship",
        "signed_on": "2022-09-27",
        "ends_on": None,
        "status": "active",
        "text": {
            "ko": {"title": "강남구–메구로구 우호도시 협정"},
            "en": {"title": "Friendship-city agreement between Gangnam-gu and Meguro City"},
            "zh-hans": {"title": "江南区与目黑区友好城市协议"},
            "ja": {"title": "江南区・目黒区 友好都市協定"},
            "vi": {"title": "Thỏa thuận thành phố hữu nghị giữa quận Gangnam và quận Meguro"},
        },
    },
    {
        "partner": "bangkok-culture-foundation",
        "kind": "mou",
        "signed_on": "2022-11-01",
        "ends_on": "2024-10-31",
        "status": "expired",
        "text": {
            "ko": {"title": "방콕 창의문화재단과의 K-POP 문화교류 업무협약"},
            "en": {
                "title": (
                    "MOU on K-POP cultural exchange with the Bangkok Creative Culture Foundation"
                ),
            },
            "zh-hans": {"title": "与曼谷创意文化基金会签署的K-POP文化交流谅解备忘录"},
            "ja": {"title": "バンコク創造文化財団とのK-POP文化交流に関する覚書（MOU）"},
            "vi": {
                "title": (
                    "Biên bản ghi nhớ về giao lưu văn hóa K-POP với Quỹ Văn hóa Sáng tạo Bangkok"
                ),
            },
        },
    },
    {
        "partner": "hcmc-startup-centre",
        "kind": "mou",
        "signed_on": "2024-05-21",
        "ends_on": "2027-05-20",
        "status": "active",
        "text": {
            "ko": {"title": "호찌민시 창업지원센터와의 스타트업 교류 업무협약"},
            "en": {
                "title": (
                    "MOU on start-up exchange with the Ho Chi Minh City Startup Support Center"
                ),
            },
            "zh-hans": {"title": "与胡志明市创业支持中心签署的初创企业交流谅解备忘录"},
            "ja": {
                "title": (
                    "ホーチミン市スタートアップ支援センターとのスタートアップ交流に関する覚書（MOU"
                    "）"
                ),
            },
            "vi": {
                "title": (
                    "Biên bản ghi nhớ về giao lưu khởi nghiệp với Trung tâm Hỗ trợ Khởi nghiệp "
                    "Thành phố Hồ Chí Minh"
                ),
            },
        },
    },
    {
        "partner": "berlin-urban-data-institute",
        "kind": "mou",
        "signed_on": "2026-03-18",
        "ends_on": "2029-03-17",
        "status": "active",
        "text": {
            "ko": {"title": "베를린 도시데이터연구소와의 데이터 외교 협력 업무협약"},
            "en": {
                "title": "MOU on data-diplomacy cooperation with the Berlin Urban Data Institute",
            },
            "zh-hans": {"title": "与柏林城市数据研究所签署的数据外交合作谅解备忘录"},
            "ja": {"title": "ベルリン都市データ研究所とのデータ外交協力に関する覚書（MOU）"},
            "vi": {
                "title": (
                    "Biên bản ghi nhớ về hợp tác ngoại giao dữ liệu với Viện Dữ liệu Đô thị Berlin"
                ),
            },
        },
    },
    {
        "partner": "bangkok-culture-foundation",
        "kind": "mou",
        "signed_on": "2026-12-15",
        "ends_on": None,
        "status": "planned",
        "text": {
            "ko": {"title": "방콕 창의문화재단과의 K-POP 문화교류 업무협약 재체결"},
            "en": {
                "title": (
                    "Renewal of the MOU on K-POP cultural exchange with the Bangkok Creative "
                    "Culture Foundation"
                ),
            },
            "zh-hans": {"title": "与曼谷创意文化基金会续签K-POP文化交流谅解备忘录"},
            "ja": {"title": "バンコク創造文化財団とのK-POP文化交流に関する覚書（MOU）の再締結"},
            "vi": {
                "title": (
                    "Tái ký biên bản ghi nhớ về giao lưu văn hóa K-POP với Quỹ Văn hóa Sáng tạo "
                    "Bangkok"
                ),
            },
        },
    },
]

NEWS = [
    {
        "slug": "city-diplomacy-strategy-2025",
        "date": "2025-03-24",
        "text": {
            "ko": {
                "title": "강남구, ‘데이터 외교 & 스마트 문화도시’ 도시외교 추진전략 발표",
                "summary": (
                    "강남구는 산업·문화·데이터·포용 4대 전략축과 신뢰지수 0.90 이상 등 핵심 "
                    "성과지표를 담은 도시외교 추진전략을 발표했다."
                ),
                "body_html": (
                    "<p>강남구는 24일 민·관·산·학 협력을 바탕으로 한 ‘글로컬 플랫폼형 외교 체계’ "
                    "구축을 골자로 하는 도시외교 추진전략을 발표했다. 전략은 산업·문화·데이터·포용 "
                    "4대 축으로 구성되며, 신뢰지수 0.90 이상, 국제교류 협정 25% 확대, 시민 참여 "
                    "외교 프로그램 정례화를 핵심 성과지표로 삼았다.</p><p>구는 지난해 처음 선보인 "
                    "‘강남 글로벌 테크포럼’과 ‘K-POP 월드시티위크’를 올해 대표 사업으로 키우고, "
                    "9월에는 ‘그린 스타트업 서밋’을 새로 연다. 내년에는 ‘AI 외교 대시보드’, ‘시민 "
                    "글로벌 포럼’, ‘다국어 거버넌스 데이’를 차례로 추진할 계획이다.</p>"
                ),
            },
            "en": {
                "title": (
                    "Gangnam-gu announces its city-diplomacy strategy for a “Data Diplomacy & "
                    "Smart Culture City”"
                ),
                "summary": (
                    "Gangnam-gu has announced a city-diplomacy strategy built on four axes – "
                    "industry, culture, data and inclusion – with key targets including a Trust "
                    "Index of at least 0.90."
                ),
                "body_html": (
                    "<p>On March 24 Gangnam-gu announced a city-diplomacy strategy centered on a "
                    "“Glocal platform-type diplomacy system” built on cooperation between the "
                    "public sector, business, academia and citizens. The strategy rests on four "
                    "axes – industry, culture, data and inclusion – and sets three key targets: a "
                    "Trust Index of at least 0.90, 25% more international exchange agreements and "
                    "citizen-participation diplomacy programs held on a regular schedule.</p><p>"
                    "This year the district will grow the Gangnam Global Tech Forum and K-POP "
                    "World City Week, both first held last year, into flagship programs and launch "
                    "a new Green Startup Summit in September. The AI Diplomacy Dashboard, the "
                    "Citizen Global Forum and Multilingual Governance Day will follow next year."
                    "</p>"
                ),
            },
            "zh-hans": {
                "title": "江南区发布“数据外交与智慧文化城市”城市外交推进战略",
                "summary": (
                    "江南区发布城市外交推进战略，提出产业、文化、数据、包容四大战略方向，"
                    "以及信任指数0.90以上等核心绩效指标。"
                ),
                "body_html": (
                    "<p>江南区24日发布城市外交推进战略，核心是依托政府、企业、学界与市民的合作，"
                    "构建“全球本地化平台型外交体系”。战略围绕产业、文化、数据、包容四大方向展开，"
                    "并将信任指数达到0.90以上、国际交流协议数量增加25%、"
                    "市民参与型外交项目常态化列为核心绩效指标。</p><p>今年，"
                    "江南区将把去年首次举办的“江南全球科技论坛”和“K-POP世界城市周”打造为旗舰项目，"
                    "并于9月新办“绿色创业峰会”。"
                    "明年还将陆续推出“AI外交仪表盘”“市民全球论坛”和“多语种治理日”。</p>"
                ),
            },
            "ja": {
                "title": "江南区、「データ外交＆スマート文化都市」を掲げる都市外交推進戦略を発表",
                "summary": (
                    "江南区は、産業・文化・データ・包摂の4つの戦略軸と、信頼指数0."
                    "90以上などの主要成果指標を盛り込んだ都市外交推進戦略を発表しました。"
                ),
                "body_html": (
                    "<p>江南区は24日、"
                    "官・民・産・学の連携を基盤とする「グローカル・プラットフォーム型外交体系」"
                    "の構築を柱とした都市外交推進戦略を発表しました。"
                    "戦略は産業・文化・データ・包摂の4つの軸で構成され、信頼指数0.90以上、"
                    "国際交流協定数25％増、"
                    "市民参加型外交プログラムの定例化を主要成果指標としています。</p><p>区は、"
                    "昨年初めて開催した「江南グローバルテックフォーラム」"
                    "と「K-POPワールドシティウィーク」を今年の代表事業として拡大し、"
                    "9月には「グリーンスタートアップサミット」を新たに開催します。"
                    "来年には「AI外交ダッシュボード」「市民グローバルフォーラム」"
                    "「多言語ガバナンス・デー」を順次推進する予定です。</p>"
                ),
            },
            "vi": {
                "title": (
                    "Quận Gangnam công bố chiến lược ngoại giao thành phố hướng tới “Thành phố "
                    "Ngoại giao Dữ liệu & Văn hóa Thông minh”"
                ),
                "summary": (
                    "Quận Gangnam đã công bố chiến lược ngoại giao thành phố với bốn trục công "
                    "nghiệp, văn hóa, dữ liệu và bao trùm, cùng các chỉ tiêu chính như Chỉ số Tin "
                    "cậy từ 0,90 trở lên."
                ),
                "body_html": (
                    "<p>Ngày 24/3, quận Gangnam công bố chiến lược ngoại giao thành phố với trọng "
                    "tâm là xây dựng “hệ thống ngoại giao dạng nền tảng Glocal” dựa trên sự hợp "
                    "tác giữa chính quyền, doanh nghiệp, giới học thuật và người dân. Chiến lược "
                    "gồm bốn trục công nghiệp, văn hóa, dữ liệu và bao trùm, với ba chỉ tiêu "
                    "chính: Chỉ số Tin cậy từ 0,90 trở lên, tăng 25% số thỏa thuận giao lưu quốc "
                    "tế và tổ chức định kỳ các chương trình ngoại giao có sự tham gia của người "
                    "dân.</p><p>Năm nay, quận sẽ phát triển Diễn đàn Công nghệ Toàn cầu Gangnam và "
                    "Tuần lễ Thành phố Thế giới K-POP, hai sự kiện ra mắt năm ngoái, thành chương "
                    "trình tiêu biểu, đồng thời lần đầu tổ chức Hội nghị Thượng đỉnh Khởi nghiệp "
                    "Xanh vào tháng 9. Năm sau, quận sẽ lần lượt triển khai Bảng điều khiển Ngoại "
                    "giao AI, Diễn đàn Công dân Toàn cầu và Ngày Quản trị Đa ngôn ngữ.</p>"
                ),
            },
        },
    },
    {
        "slug": "kpop-world-city-week-2025",
        "date": "2025-10-20",
        "text": {
            "ko": {
                "title": (
                    "‘K-POP 월드시티위크 2025’ 성황리 폐막… 주민·외국인이 함께한 한류 외교 주간"
                ),
                "summary": (
                    "강남구는 13일 코엑스에서 개막한 ‘K-POP 월드시티위크 2025’가 주민과 외국인 "
                    "관람객의 뜨거운 호응 속에 일주일간의 일정을 마쳤다고 밝혔다."
                ),
                "body_html": (
                    "<p>올해 행사에서는 일본 메구로구 청소년 댄스팀과 강남 주민 동아리의 합동 무대,"
                    " 외국인 주민을 위한 K-POP 댄스 워크숍 등이 열렸다. 개막 축제에는 "
                    "중국어·일본어·베트남어 통역과 수어 통역이 제공됐다.</p><p>구는 참가자 설문과 "
                    "온라인 반응을 분석해 내년 3월 공개 예정인 ‘AI 외교 대시보드’에 반영하고, 다음 "
                    "행사 기획에 활용할 계획이다.</p>"
                ),
            },
            "en": {
                "title": (
                    "K-POP World City Week 2025 wraps up after a week of Hallyu diplomacy shared "
                    "by residents and visitors"
                ),
                "summary": (
                    "Gangnam-gu reports that K-POP World City Week 2025, which opened at COEX on "
                    "October 13, has ended after a week of enthusiastic participation by residents "
                    "and visitors from abroad."
                ),
                "body_html": (
                    "<p>Highlights included a joint performance by a youth dance team from Meguro, "
                    "Japan, and Gangnam community clubs, and K-POP dance workshops for foreign "
                    "residents. The opening festival offered interpretation into Chinese, Japanese "
                    "and Vietnamese as well as Korean Sign Language.</p><p>The district will "
                    "analyze participant surveys and online reactions, feed the results into the "
                    "AI Diplomacy Dashboard due to launch next March, and use them to plan the "
                    "next edition.</p>"
                ),
            },
            "zh-hans": {
                "title": "“2025 K-POP世界城市周”圆满落幕 居民与外国朋友共享韩流外交周",
                "summary": (
                    "江南区表示，13日在COEX开幕的“2025 "
                    "K-POP世界城市周”在居民和外国观众的热情参与下，圆满结束了为期一周的日程。"
                ),
                "body_html": (
                    "<p>本届活动上演了日本目黑区青少年舞蹈团与江南居民社团的联合演出，"
                    "还为外籍居民举办了K-POP舞蹈工作坊。开幕庆典提供中文、日语、"
                    "越南语口译以及韩国手语翻译。</p><p>江南区将分析参与者问卷和网络反馈，"
                    "将结果纳入计划于明年3月上线的“AI外交仪表盘”，并用于下一届活动的策划。</p>"
                ),
            },
            "ja": {
                "title": (
                    "「K-POPワールドシティウィーク2025」"
                    "が盛況のうちに閉幕　住民と外国の方が共に楽しんだ韓流外交週間"
                ),
                "summary": (
                    "江南区は、13日にCOEXで開幕した「K-POPワールドシティウィーク2025」が、"
                    "住民や海外からの来場者の大きな反響の中、1週間の日程を終えたと発表しました。"
                ),
                "body_html": (
                    "<p>今年は、"
                    "日本・目黒区の青少年ダンスチームと江南の住民サークルによる合同ステージや、"
                    "外国人住民向けのK-POPダンスワークショップなどが行われました。"
                    "オープニングフェスティバルでは、"
                    "中国語・日本語・ベトナム語の通訳と韓国手話通訳を提供しました。</p><p>"
                    "区は参加者アンケートとオンライン上の反応を分析し、"
                    "来年3月に公開予定の「AI外交ダッシュボード」に反映するとともに、"
                    "次回の企画に生かす予定です。</p>"
                ),
            },
            "vi": {
                "title": (
                    "Khép lại Tuần lễ Thành phố Thế giới K-POP 2025: tuần lễ ngoại giao Làn sóng "
                    "Hàn Quốc của cư dân và bạn bè quốc tế"
                ),
                "summary": (
                    "Quận Gangnam cho biết Tuần lễ Thành phố Thế giới K-POP 2025, khai mạc ngày "
                    "13/10 tại COEX, đã kết thúc sau một tuần nhận được sự hưởng ứng nhiệt tình "
                    "của cư dân và du khách nước ngoài."
                ),
                "body_html": (
                    "<p>Điểm nhấn năm nay là màn trình diễn chung của nhóm nhảy thiếu niên quận "
                    "Meguro (Nhật Bản) với các câu lạc bộ cư dân Gangnam và các lớp học nhảy K-POP "
                    "dành cho cư dân nước ngoài. Lễ hội khai mạc có phiên dịch tiếng Trung, tiếng "
                    "Nhật, tiếng Việt và ngôn ngữ ký hiệu Hàn Quốc.</p><p>Quận sẽ phân tích khảo "
                    "sát người tham gia và phản hồi trực tuyến, đưa kết quả vào Bảng điều khiển "
                    "Ngoại giao AI dự kiến ra mắt vào tháng 3 năm sau và dùng để lên kế hoạch cho "
                    "lần tổ chức tiếp theo.</p>"
                ),
            },
        },
    },
    {
        "slug": "ai-diplomacy-dashboard-launched",
        "date": "2026-03-18",
        "text": {
            "ko": {
                "title": "강남구, ‘AI 외교 대시보드’ 공개… 도시외교 성과 한눈에 본다",
                "summary": (
                    "강남구는 국제교류 빈도와 감성지수, 협정 현황 등 도시외교 데이터를 통합 "
                    "관리하는 ‘AI 외교 대시보드’를 18일 공개했다."
                ),
                "body_html": (
                    "<p>대시보드는 뉴스·보도·정책 데이터를 AI로 분석해 분야별 신뢰지수와 교류 "
                    "추이를 시각화하며, 주민 누구나 이 포털에서 주요 지표를 확인할 수 있다. 구는 "
                    "이날 구청에서 열린 공개 시연회에서 베를린 도시데이터연구소(데모 파트너)와 "
                    "데이터 외교 협력 업무협약을 체결했다.</p><p>구는 대시보드 지표를 바탕으로 "
                    "국제협력 예산을 성과와 연계해 운용하고, 다음 달 열리는 첫 ‘시민 글로벌 "
                    "포럼’에서 주민 의견도 수렴할 계획이다.</p>"
                ),
            },
            "en": {
                "title": (
                    "Gangnam-gu launches the AI Diplomacy Dashboard: city-diplomacy results at a "
                    "glance"
                ),
                "summary": (
                    "On March 18 Gangnam-gu launched the AI Diplomacy Dashboard, which brings "
                    "together city-diplomacy data such as exchange frequency, the sentiment index "
                    "and the status of agreements."
                ),
                "body_html": (
                    "<p>The dashboard uses AI to analyze news, press and policy data and "
                    "visualizes the Trust Index and exchange trends for each field; anyone can "
                    "view the main indicators on this portal. At the launch event held at the "
                    "district office, Gangnam-gu signed an MOU on data-diplomacy cooperation with "
                    "the Berlin Urban Data Institute (demo partner).</p><p>The district will use "
                    "the dashboard's indicators to link the international cooperation budget to "
                    "results and will gather residents' views at the first Citizen Global Forum "
                    "next month.</p>"
                ),
            },
            "zh-hans": {
                "title": "江南区上线“AI外交仪表盘” 城市外交成果一目了然",
                "summary": (
                    "江南区18日正式发布“AI外交仪表盘”，对国际交流频次、情感指数、"
                    "协议签署情况等城市外交数据进行统一管理。"
                ),
                "body_html": (
                    "<p>仪表盘运用人工智能分析新闻、报道和政策数据，"
                    "以可视化方式呈现各领域信任指数和交流趋势，所有居民都可在本门户查看主要指标。"
                    "当天在区厅举行的发布演示会上，江南区与柏林城市数据研究所（演示合作伙伴）"
                    "签署了数据外交合作谅解备忘录。</p><p>江南区计划依据仪表盘指标，"
                    "将国际合作预算与成果挂钩，并将在下月举行的首届“市民全球论坛”上听取居民意见。"
                    "</p>"
                ),
            },
            "ja": {
                "title": "江南区、「AI外交ダッシュボード」を公開　都市外交の成果がひと目で分かる",
                "summary": (
                    "江南区は18日、国際交流の頻度や感情指数、協定の締結状況など、"
                    "都市外交データを一元管理する「AI外交ダッシュボード」を公開しました。"
                ),
                "body_html": (
                    "<p>ダッシュボードはニュース・報道・政策データをAIで分析し、"
                    "分野別の信頼指数と交流の推移を可視化するもので、"
                    "どなたでもこのポータルで主な指標をご覧いただけます。同日、"
                    "区庁で開かれた公開デモンストレーションで、"
                    "区はベルリン都市データ研究所（デモ用パートナー）"
                    "とデータ外交協力に関する覚書（MOU）を締結しました。</p><p>"
                    "区はダッシュボードの指標をもとに国際協力予算を成果と連動させて運用するとともに"
                    "、来月開催する第1回「市民グローバルフォーラム」"
                    "で住民の皆さんのご意見も伺う予定です。</p>"
                ),
            },
            "vi": {
                "title": (
                    "Quận Gangnam ra mắt Bảng điều khiển Ngoại giao AI: theo dõi kết quả ngoại "
                    "giao thành phố trong nháy mắt"
                ),
                "summary": (
                    "Ngày 18/3, quận Gangnam đã ra mắt Bảng điều khiển Ngoại giao AI, nền tảng "
                    "quản lý tập trung dữ liệu ngoại giao thành phố như tần suất giao lưu, chỉ số "
                    "cảm xúc và tình hình ký kết thỏa thuận."
                ),
                "body_html": (
                    "<p>Bảng điều khiển dùng AI phân tích dữ liệu tin tức, báo chí và chính sách, "
                    "trực quan hóa Chỉ số Tin cậy và xu hướng giao lưu theo từng lĩnh vực; mọi cư "
                    "dân đều có thể xem các chỉ số chính trên cổng thông tin này. Tại buổi ra mắt "
                    "ở trụ sở quận, quận Gangnam đã ký biên bản ghi nhớ về hợp tác ngoại giao dữ "
                    "liệu với Viện Dữ liệu Đô thị Berlin (đối tác minh họa).</p><p>Quận sẽ dựa vào "
                    "các chỉ số của bảng điều khiển để gắn ngân sách hợp tác quốc tế với kết quả "
                    "thực hiện, đồng thời lắng nghe ý kiến cư dân tại Diễn đàn Công dân Toàn cầu "
                    "lần thứ nhất vào tháng tới.</p>"
                ),
            },
        },
    },
    {
        "slug": "multilingual-governance-day-2026",
        "date": "2026-06-15",
        "text": {
            "ko": {
                "title": "강남구, 제1회 ‘다국어 거버넌스 데이’ 개최… 외국인 주민이 정책 직접 제안",
                "summary": (
                    "강남구는 13일 구청에서 외국인 주민 공동체와 함께 다국어 행정과 생활 정책을 "
                    "논의하는 ‘다국어 거버넌스 데이’를 처음 열었다."
                ),
                "body_html": (
                    "<p>이날 행사에는 중국, 베트남, 일본, 몽골, 우즈베키스탄, 필리핀 등 여러 나라 "
                    "출신 주민과 공동체 대표가 참여해 주거·의료·자녀 교육을 주제로 원탁 토론을 "
                    "벌였다. 현장에서는 다국어 통역과 수어 통역, 실시간 자막이 제공됐다.</p><p>"
                    "구는 접수된 제안을 검토해 다국어 민원 안내 확대 등 바로 실행할 수 있는 "
                    "과제부터 하반기에 반영하고, 추진 상황을 포털에 공개할 계획이다.</p>"
                ),
            },
            "en": {
                "title": (
                    "Gangnam-gu holds its first Multilingual Governance Day, with policy proposals "
                    "from foreign residents"
                ),
                "summary": (
                    "On June 13 Gangnam-gu held its first Multilingual Governance Day at the "
                    "district office, discussing multilingual public services and everyday "
                    "policies with foreign-resident communities."
                ),
                "body_html": (
                    "<p>Residents and community leaders originally from China, Vietnam, Japan, "
                    "Mongolia, Uzbekistan, the Philippines and elsewhere joined round-table "
                    "discussions on housing, healthcare and children's education. Interpretation "
                    "in many languages, Korean Sign Language interpretation and live captions were "
                    "provided.</p><p>The district will review the proposals, put quick wins such "
                    "as wider multilingual guidance on public services into practice in the second "
                    "half of the year, and publish progress on this portal.</p>"
                ),
            },
            "zh-hans": {
                "title": "江南区举办首届“多语种治理日” 外籍居民直接建言献策",
                "summary": (
                    "江南区13日在区厅首次举办“多语种治理日”，"
                    "与外籍居民社区共同探讨多语种行政服务和生活政策。"
                ),
                "body_html": (
                    "<p>来自中国、越南、日本、蒙古、乌兹别克斯坦、"
                    "菲律宾等多个国家的居民和社区代表参加活动，围绕住房、"
                    "医疗和子女教育开展圆桌讨论。现场提供多语种口译、韩国手语翻译和实时字幕。</p>"
                    "<p>江南区将对收集到的建议进行研究，"
                    "从扩大多语种民政指南等可立即落实的事项入手，于下半年付诸实施，"
                    "并在本门户公开推进情况。</p>"
                ),
            },
            "ja": {
                "title": (
                    "江南区、第1回「多言語ガバナンス・デー」を開催　外国人住民が政策を直接提案"
                ),
                "summary": (
                    "江南区は13日、"
                    "区庁で外国人住民コミュニティと共に多言語行政や暮らしに関わる政策を話し合う「多"
                    "言語ガバナンス・デー」を初めて開催しました。"
                ),
                "body_html": (
                    "<p>当日は、中国、ベトナム、日本、モンゴル、ウズベキスタン、"
                    "フィリピンなどさまざまな国出身の住民やコミュニティの代表が参加し、"
                    "住まい・医療・子どもの教育をテーマに円卓討論を行いました。会場では多言語通訳、"
                    "韓国手話通訳、リアルタイム字幕を提供しました。</p><p>"
                    "区は寄せられた提案を検討し、多言語による行政案内の拡充など、"
                    "すぐに実行できる課題から下半期に反映するとともに、"
                    "進捗状況をポータルで公開する予定です。</p>"
                ),
            },
            "vi": {
                "title": (
                    "Quận Gangnam tổ chức Ngày Quản trị Đa ngôn ngữ lần thứ nhất: cư dân nước "
                    "ngoài trực tiếp đề xuất chính sách"
                ),
                "summary": (
                    "Ngày 13/6, quận Gangnam lần đầu tổ chức Ngày Quản trị Đa ngôn ngữ tại trụ sở "
                    "quận, cùng cộng đồng cư dân nước ngoài thảo luận về hành chính đa ngôn ngữ và "
                    "các chính sách đời sống."
                ),
                "body_html": (
                    "<p>Cư dân và đại diện cộng đồng đến từ Trung Quốc, Việt Nam, Nhật Bản, Mông "
                    "Cổ, Uzbekistan, Philippines và nhiều quốc gia khác đã tham gia thảo luận bàn "
                    "tròn về nhà ở, y tế và giáo dục con cái. Sự kiện có phiên dịch nhiều ngôn ngữ,"
                    " phiên dịch ngôn ngữ ký hiệu Hàn Quốc và phụ đề trực tiếp.</p><p>Quận sẽ xem "
                    "xét các đề xuất, triển khai ngay trong nửa cuối năm những việc có thể làm "
                    "được, như mở rộng hướng dẫn thủ tục hành chính bằng nhiều ngôn ngữ, và công "
                    "khai tiến độ trên cổng thông tin này.</p>"
                ),
            },
        },
    },
    {
        "slug": "green-startup-summit-2026",
        "date": "2026-11-27",
        "text": {
            "ko": {
                "title": (
                    "‘그린 스타트업 서밋 2026’ 마무리… 12월 시민 글로벌 포럼 특별 세션 참가자 모집"
                ),
                "summary": (
                    "강남구는 25일 세텍에서 ‘그린 스타트업 서밋 2026’을 열어 국내외 기후테크 "
                    "스타트업과 해외 투자자를 연결했으며, 다음 달 12일 열리는 시민 글로벌 포럼 "
                    "특별 세션 참가 신청을 받고 있다."
                ),
                "body_html": (
                    "<p>올해 서밋은 예년보다 늦은 11월에 열렸으며, 순환경제와 탄소 데이터를 주제로 "
                    "한 해외 투자자 상담회와 베트남 호찌민시 창업 지원 기관과의 공동 세션이 "
                    "진행됐다. 내년 서밋은 다시 9월에 열릴 예정이다.</p><p>한편 12월 12일 구청에서 "
                    "열리는 <strong>시민 글로벌 포럼 특별 세션</strong>은 올해 도시외교 성과를 "
                    "주민과 함께 돌아보는 자리로, 12월 10일까지 이 포털에서 신청할 수 있다.</p>"
                ),
            },
            "en": {
                "title": (
                    "Green Startup Summit 2026 wraps up; registration open for the Citizen Global "
                    "Forum special session in December"
                ),
                "summary": (
                    "On November 25 Gangnam-gu held the Green Startup Summit 2026 at SETEC, "
                    "connecting Korean and international climate-tech start-ups with overseas "
                    "investors. Registration is now open for the Citizen Global Forum special "
                    "session on December 12."
                ),
                "body_html": (
                    "<p>This year's summit took place in November, later than usual, and featured "
                    "meetings with overseas investors on the circular economy and carbon data, as "
                    "well as a joint session with a start-up support organization from Ho Chi Minh "
                    "City, Vietnam. Next year's summit will return to September.</p><p>The <strong>"
                    "Citizen Global Forum special session</strong> on December 12 at the district "
                    "office will look back on this year's city-diplomacy results with residents. "
                    "Register on this portal by December 10.</p>"
                ),
            },
            "zh-hans": {
                "title": "“2026绿色创业峰会”落幕 12月市民全球论坛特别会议开放报名",
                "summary": (
                    "江南区25日在SETEC举办“2026绿色创业峰会”，"
                    "为国内外气候科技初创企业与海外投资者牵线搭桥。"
                    "12月12日举行的市民全球论坛特别会议现已开放报名。"
                ),
                "body_html": (
                    "<p>本届峰会较往年推迟至11月举办，围绕循环经济和碳数据举行了海外投资者洽谈会，"
                    "并与越南胡志明市的一家创业支持机构举办了联合分论坛。"
                    "明年的峰会将恢复在9月举行。</p><p>另外，12月12日在区厅举行的<strong>"
                    "市民全球论坛特别会议</strong>将与居民一同回顾今年的城市外交成果。"
                    "报名截至12月10日，可通过本门户报名。</p>"
                ),
            },
            "ja": {
                "title": (
                    "「グリーンスタートアップサミット2026」"
                    "が閉幕　12月の市民グローバルフォーラム特別セッション参加者を募集"
                ),
                "summary": (
                    "江南区は25日、SETECで「グリーンスタートアップサミット2026」を開催し、"
                    "国内外の気候テック・スタートアップと海外投資家を結びました。現在、"
                    "12月12日に開かれる市民グローバルフォーラム特別セッションの参加申し込みを受け付"
                    "けています。"
                ),
                "body_html": (
                    "<p>今年のサミットは例年より遅い11月に開かれ、"
                    "循環経済と炭素データをテーマにした海外投資家との相談会や、"
                    "ベトナム・ホーチミン市のスタートアップ支援機関との合同セッションが行われました"
                    "。来年のサミットは再び9月に開催する予定です。</p><p>また、"
                    "12月12日に区庁で開かれる<strong>"
                    "市民グローバルフォーラム特別セッション</strong>は、"
                    "今年の都市外交の成果を住民の皆さんと共に振り返る場です。"
                    "12月10日までこのポータルでお申し込みいただけます。</p>"
                ),
            },
            "vi": {
                "title": (
                    "Khép lại Hội nghị Thượng đỉnh Khởi nghiệp Xanh 2026, mở đăng ký phiên đặc "
                    "biệt Diễn đàn Công dân Toàn cầu tháng 12"
                ),
                "summary": (
                    "Ngày 25/11, quận Gangnam tổ chức Hội nghị Thượng đỉnh Khởi nghiệp Xanh 2026 "
                    "tại SETEC, kết nối các công ty khởi nghiệp công nghệ khí hậu trong và ngoài "
                    "nước với nhà đầu tư nước ngoài. Quận hiện đang nhận đăng ký tham gia phiên "
                    "đặc biệt Diễn đàn Công dân Toàn cầu ngày 12/12."
                ),
                "body_html": (
                    "<p>Năm nay hội nghị diễn ra vào tháng 11, muộn hơn mọi năm, với các buổi gặp "
                    "gỡ nhà đầu tư nước ngoài về kinh tế tuần hoàn và dữ liệu carbon cùng phiên "
                    "chung với một tổ chức hỗ trợ khởi nghiệp của Thành phố Hồ Chí Minh (Việt Nam)."
                    " Hội nghị năm sau sẽ trở lại vào tháng 9.</p><p><strong>Phiên đặc biệt Diễn "
                    "đàn Công dân Toàn cầu</strong> ngày 12/12 tại trụ sở quận là dịp để cùng cư "
                    "dân nhìn lại kết quả ngoại giao thành phố năm nay. Bạn có thể đăng ký trên "
                    "cổng thông tin này đến hết ngày 10/12.</p>"
                ),
            },
        },
    },
]
