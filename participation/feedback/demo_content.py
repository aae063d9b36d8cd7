"""Demo reference data for feedback: Gangnam-gu offices and the service categories residents
choose from (also the Open311 services), in the five site languages."""

DEPARTMENTS = [
    {
        "code": "global-cooperation",
        "name": {
            "ko": "글로벌협력과",
            "en": "Global Cooperation Division",
            "zh-hans": "全球合作科",
            "ja": "グローバル協力課",
            "vi": "Phòng Hợp tác Toàn cầu",
        },
    },
    {
        "code": "foreign-residents",
        "name": {
            "ko": "외국인주민지원팀",
            "en": "Foreign Residents Support Team",
            "zh-hans": "外国居民支援组",
            "ja": "外国人住民支援チーム",
            "vi": "Nhóm Hỗ trợ Cư dân Nước ngoài",
        },
    },
    {
        "code": "environment",
        "name": {
            "ko": "환경과",
            "en": "Environment Division",
            "zh-hans": "环境科",
            "ja": "環境課",
            "vi": "Phòng Môi trường",
        },
    },
    {
        "code": "sanitation",
        "name": {
            "ko": "청소행정과",
            "en": "Sanitation Division",
            "zh-hans": "清洁行政科",
            "ja": "清掃行政課",
            "vi": "Phòng Vệ sinh Môi trường",
        },
    },
    {
        "code": "transport",
        "name": {
            "ko": "교통행정과",
            "en": "Transport Administration Division",
            "zh-hans": "交通行政科",
            "ja": "交通行政課",
            "vi": "Phòng Quản lý Giao thông",
        },
    },
]

CATEGORIES = [
    {
        "code": "events-programs",
        "department": "global-cooperation",
        "sla_days": 5,
        "group": "programs",
        "keywords": "event,program,registration,festival",
        "name": {
            "ko": "국제 행사·프로그램",
            "en": "International events and programs",
            "zh-hans": "国际活动与项目",
            "ja": "国際イベント・プログラム",
            "vi": "Sự kiện và chương trình quốc tế",
        },
        "description": {
            "ko": "K-POP 월드시티 위크, 다국어 거버넌스 데이 등 행사 신청과 운영에 관한 의견",
            "en": "Registration for and running of events such as K-POP World City Week and "
            "Multilingual Governance Day",
            "zh-hans": "关于K-POP世界城市周、多语言治理日等活动报名与运营的意见",
            "ja": "K-POPワールドシティウィーク、多言語ガバナンスデーなどの申込や運営に関するご意見",
            "vi": "Ý kiến về đăng ký và tổ chức các sự kiện như Tuần lễ Thành phố Thế giới K-POP "
            "và Ngày Quản trị Đa ngôn ngữ",
        },
    },
    {
        "code": "foreign-resident-support",
        "department": "foreign-residents",
        "sla_days": 5,
        "group": "living",
        "keywords": "visa,interpretation,housing,school",
        "name": {
            "ko": "외국인 주민 생활 지원",
            "en": "Support for foreign residents",
            "zh-hans": "外国居民生活支援",
            "ja": "外国人住民の生活支援",
            "vi": "Hỗ trợ đời sống cư dân nước ngoài",
        },
        "description": {
            "ko": "통역, 생활 정보, 행정 절차 안내",
            "en": "Interpretation, everyday information and help with administrative procedures",
            "zh-hans": "口译、生活信息及行政手续指导",
            "ja": "通訳、生活情報、行政手続きの案内",
            "vi": "Phiên dịch, thông tin đời sống và hướng dẫn thủ tục hành chính",
        },
    },
    {
        "code": "noise",
        "department": "environment",
        "sla_days": 3,
        "group": "environment",
        "keywords": "noise,construction,night",
        "name": {
            "ko": "소음·공사",
            "en": "Noise and construction",
            "zh-hans": "噪音与施工",
            "ja": "騒音・工事",
            "vi": "Tiếng ồn và công trình",
        },
        "description": {
            "ko": "공사장, 영업장, 야간 소음",
            "en": "Construction sites, businesses and noise at night",
            "zh-hans": "工地、营业场所及夜间噪音",
            "ja": "工事現場、店舗、夜間の騒音",
            "vi": "Công trường, cơ sở kinh doanh và tiếng ồn ban đêm",
        },
        "attributes": [
            {
                "code": "time-of-day",
                "datatype": "singlevaluelist",
                "required": False,
                "description": {
                    "ko": "언제 소음이 나나요?",
                    "en": "When does the noise happen?",
                    "zh-hans": "噪音出现在什么时候？",
                    "ja": "騒音はいつ発生しますか？",
                    "vi": "Tiếng ồn xảy ra khi nào?",
                },
                "values": [
                    {
                        "key": "day",
                        "name": {
                            "ko": "낮",
                            "en": "Daytime",
                            "zh-hans": "白天",
                            "ja": "昼間",
                            "vi": "Ban ngày",
                        },
                    },
                    {
                        "key": "night",
                        "name": {
                            "ko": "밤(22시 이후)",
                            "en": "At night (after 10 pm)",
                            "zh-hans": "夜间（22点以后）",
                            "ja": "夜間（22時以降）",
                            "vi": "Ban đêm (sau 22 giờ)",
                        },
                    },
                ],
            }
        ],
    },
    {
        "code": "waste",
        "department": "sanitation",
        "sla_days": 3,
        "group": "environment",
        "keywords": "waste,recycling,litter",
        "name": {
            "ko": "쓰레기·재활용",
            "en": "Waste and recycling",
            "zh-hans": "垃圾与回收",
            "ja": "ごみ・リサイクル",
            "vi": "Rác thải và tái chế",
        },
        "description": {
            "ko": "무단 투기, 수거 누락, 분리배출 안내",
            "en": "Fly-tipping, missed collections and sorting rules",
            "zh-hans": "乱扔垃圾、漏收及分类投放指导",
            "ja": "不法投棄、収集漏れ、分別方法の案内",
            "vi": "Vứt rác bừa bãi, bỏ sót thu gom và hướng dẫn phân loại",
        },
    },
    {
        "code": "streets-transport",
        "department": "transport",
        "sla_days": 7,
        "group": "streets",
        "keywords": "road,parking,streetlight,sidewalk",
        "name": {
            "ko": "도로·교통·주차",
            "en": "Streets, transport and parking",
            "zh-hans": "道路、交通与停车",
            "ja": "道路・交通・駐車",
            "vi": "Đường phố, giao thông và đỗ xe",
        },
        "description": {
            "ko": "보도 파손, 가로등 고장, 불법 주차",
            "en": "Damaged pavements, broken street lights and illegal parking",
            "zh-hans": "人行道损坏、路灯故障及违章停车",
            "ja": "歩道の破損、街灯の故障、違法駐車",
            "vi": "Vỉa hè hư hỏng, đèn đường hỏng và đỗ xe trái phép",
        },
    },
    {
        "code": "other",
        "department": None,
        "sla_days": 10,
        "group": "other",
        "keywords": "",
        "name": {
            "ko": "기타",
            "en": "Something else",
            "zh-hans": "其他",
            "ja": "その他",
            "vi": "Vấn đề khác",
        },
        "description": {
            "ko": "위 분류에 맞지 않는 의견은 담당 부서를 찾아 배정합니다.",
            "en": "We find the right office for anything that fits none of the topics above.",
            "zh-hans": "不属于以上类别的意见，我们会找到负责部门并转交。",
            "ja": "上記に当てはまらないご意見は、担当部署を探して割り当てます。",
            "vi": "Ý kiến không thuộc các chủ đề trên sẽ được chuyển đến phòng phụ trách phù hợp.",
        },
    },
]
