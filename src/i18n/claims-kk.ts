// In Kazakh: what the sources of our texts say ("About this text") and what part each published
// figure covers, by their English words in the data. Each keeps the English's figures
// (contentProblems checks); the sources' own names stay theirs.
import type { SourceWords } from "./content";

export const sourceWords: SourceWords = {
  claims: {
    "Aktau Sea Port is on the east coast of the Caspian, at the intersection of several international transport corridors":
      "Ақтау теңіз порты Каспийдің шығыс жағалауында, бірнеше халықаралық көлік дәлізінің қиылысында орналасқан",
    "The Aktau port company is under 100% trust management of Kazakhstan Temir Zholy, the national railway":
      "Ақтау порты компаниясы ұлттық темір жол компаниясы «Қазақстан темір жолы» ҰК АҚ-ның 100% сенімгерлік басқаруында",
    "Kuryk is 70 km south of Aktau; its ferry complex belongs to KTZ, its Sarzha terminal is owned and operated by Semurg Invest":
      "Құрық Ақтаудан 70 км оңтүстікте орналасқан; оның паром кешені ҚТЖ-ға тиесілі, ал «Саржа» терминалы «Семург Инвест» компаниясының меншігінде және соның басқаруында",
    "The Kuryk seaport, 100 km from the Aktau seaport, is part of the Trans-Caspian International Transport Route":
      "Ақтау теңіз портынан 100 км қашықтықтағы Құрық теңіз порты Транскаспий халықаралық көлік бағытының бөлігі",
    "The port complex at Alat, in Baku's Garadagh district, opened on 14 May 2018":
      "Бакудің Қарадағ ауданындағы Алятта порт кешені 2018 жылғы 14 мамырда ашылды",
    "The port says it is the largest on the Caspian, at the intersection of the east–west and north–south corridors":
      "Порттың мәліметінше, ол «Шығыс\u00a0– Батыс» және «Солтүстік\u00a0– Оңтүстік» дәліздерінің қиылысында орналасқан, Каспийдегі ең ірі порт",
    "The largest seaport in Turkmenistan, with regular lines to Baku, Aktau and Astrakhan, operated by the State Service of Maritime and River Transportation":
      "Түрікменстандағы ең ірі теңіз порты: Баку, Ақтау және Астраханға тұрақты желілері бар, оны Теңіз және өзен көлігі мемлекеттік қызметі басқарады",
    "APM Terminals bought Poti, the largest port in Georgia, in April 2011":
      "APM Terminals 2011 жылғы сәуірде Грузияның ең ірі порты Потиді сатып алды",
    "Since 2011 APM Terminals has managed the port through JSC Poti Sea Port Corporation":
      "APM Terminals 2011 жылдан бері портты «Poti Sea Port Corporation» АҚ арқылы басқарады",
    "Batumi Sea Port handles dry, ferry, container and oil cargo":
      "Батуми теңіз порты құрғақ, паромдық, контейнерлік және мұнай жүктерін өңдейді",
    "Batumi Oil Terminal is owned by KazTransOil and holds exclusive rights to manage the Batumi Sea Port":
      "Батуми мұнай терминалы «ҚазТрансОйл» компаниясына тиесілі және Батуми теңіз портын басқарудың айрықша құқығына ие",
    "The Anaklia port, near Abkhazia, would have served Panamax and post-Panamax ships":
      "Абхазияға жақын орналасқан Анаклия порты «панамакс» және «постпанамакс» кемелеріне қызмет көрсетуі тиіс еді",
    "In January 2020 the government cancelled the project of the Anaklia Development Consortium; in May 2024 a consortium of China Communications Construction Company and China Harbour was given it, as the sole bidder":
      "2020 жылғы қаңтарда үкімет Anaklia Development Consortium жобасының күшін жойды; 2024 жылғы мамырда жоба China Communications Construction Company мен China Harbour консорциумына берілді, ол жалғыз үміткер болды",
    "Shahid Rajaee, near the Strait of Hormuz, is Iran's biggest container hub, with almost 80% of its container activity":
      "Ормуз бұғазының маңындағы Шахид Раджаи Иранның ең ірі контейнер торабы болып табылады, елдегі контейнер айналымының 80%-ға жуығы осында",
    "The port lies in southern Hormozgan province":
      "Порт оңтүстіктегі Хормозган провинциясында орналасқан",
    "Chabahar, on the Gulf of Oman, is Iran's only oceanic port, with the Shahid Kalantari and Shahid Beheshti ports":
      "Оман шығанағындағы Чабахар Иранның жалғыз мұхит порты болып табылады, оған Шахид Калантари және Шахид Бехешти порттары кіреді",
    "India Ports Global Ltd is to operate five berths at the Shahid Beheshti terminal":
      "India Ports Global Ltd Шахид Бехешти терминалындағы бес айлақты басқаратын болады",
    "India signed a 10-year pact in May 2024; Chabahar is a gateway for trade with Afghanistan and Central Asia":
      "Үндістан 2024 жылғы мамырда 10 жылдық келісімге қол қойды; Чабахар Ауғанстанмен және Орталық Азиямен сауда үшін қақпа болып табылады",
    "The KTZE – Khorgos Gateway dry port is at the Altynkol – Khorgos crossing between China and Kazakhstan":
      "«KTZE\u00a0– Khorgos Gateway» құрғақ порты Қытай мен Қазақстан арасындағы Алтынкөл\u00a0– Қорғас өткелінде орналасқан",
    "The dry port works within the Khorgos – East Gate special economic zone":
      "Құрғақ порт «Қорғас\u00a0– Шығыс қақпасы» арнайы экономикалық аймағы аясында жұмыс істейді",
    "COSCO Shipping and Lianyungang Port Holdings acquired 49% of the dry port from KTZ, 24.5% each":
      "COSCO Shipping мен Lianyungang Port Holdings құрғақ порттың 49%-ын ҚТЖ-дан сатып алды, әрқайсысы 24,5%-дан",
    "A key transshipment hub linking China with Europe and Central Asia":
      "Қытайды Еуропамен және Орталық Азиямен байланыстыратын негізгі қайта тиеу торабы",
    "Dostyk station is a key trans-border railway passage from Kazakhstan to China, via Alashankou":
      "Достық станциясы Қазақстаннан Қытайға Алашанькоу арқылы өтетін негізгі трансшекаралық теміржол өткелі болып табылады",
    "Dostyk is a border transshipment station: freight is moved from one wagon to another because the gauge changes":
      "Достық шекаралық қайта тиеу станциясы болып табылады: жол табанының ені өзгеретіндіктен жүк бір вагоннан екіншісіне ауыстырылады",
    "KTZ is developing and modernising the Dostyk station":
      "ҚТЖ Достық станциясын дамытып, жаңғыртып жатыр",
    "The Port of Astrakhan, at the mouth of the Volga, manages 14 terminals":
      "Еділ сағасындағы Астрахань порты 14 терминалды басқарады",
    "The port is an important node of the International North–South Transport Corridor":
      "Порт «Солтүстік\u00a0– Оңтүстік» халықаралық көлік дәлізінің маңызды торабы болып табылады",
    "Olya is in the Volga delta, at the 67th km of the Volga–Caspian canal":
      "Оля Еділ атырауында, Еділ\u00a0– Каспий каналының 67-шақырымында орналасқан",
    "A multipurpose port at the intersection of the flows connecting Russia with Iran, the Middle East and India":
      "Ресейді Иранмен, Таяу Шығыспен және Үндістанмен байланыстыратын ағындардың тоғысындағы көпсалалы порт",
    "Makhachkala is Russia's only non-freezing deepwater port in the Caspian":
      "Махачкала Ресейдің Каспийдегі жалғыз қатпайтын терең су порты болып табылады",
    "100% of the port company's shares went into North–South JSC":
      "Порт компаниясы акцияларының 100%-ы «Солтүстік\u00a0– Оңтүстік» АҚ-ға берілді",
    "The port was fully privatised":
      "Порт толық жекешелендірілді",
    "Anzali, in Gilan province, has 17 quays, hosts the region's only free trade zone and is on the North–South corridor":
      "Гилян провинциясындағы Энзелиде 17 айлақ бар, өңірдегі жалғыз еркін сауда аймағы орналасқан және ол «Солтүстік\u00a0– Оңтүстік» дәлізінде жатыр",
    "The Amirabad Port special economic zone is in eastern Mazandaran, 51 km from Sari":
      "Амирабад порты арнайы экономикалық аймағы Мазендеранның шығысында, Сариден 51 км жерде орналасқан",
    "Amirabad has a particular standing within the North–South corridor":
      "Амирабадтың «Солтүстік\u00a0– Оңтүстік» дәлізінде ерекше орны бар",
    "The Almaty junction carries traffic in four directions: Shu, Aktogay, Altynkol and Almaty-2":
      "Алматы торабы арқылы қозғалыс төрт бағытта өтеді: Шу, Ақтоғай, Алтынкөл және Алматы-2",
    "KTZ is building a bypass round Almaty, on one of the two main lines of the Trans-Caspian route in Kazakhstan":
      "ҚТЖ Транскаспий бағытының Қазақстандағы екі негізгі желісінің бірінде Алматыны айналып өтетін жол салып жатыр",
    "KTZ's head: the new junction and station helped create a large transport and logistics hub":
      "ҚТЖ басшысы: жаңа торап пен вокзал ірі көлік-логистикалық хаб құруға көмектесті",
    "Tashkent is the largest city in Central Asia and an important transit centre for the region":
      "Ташкент Орталық Азиядағы ең ірі қала және өңір үшін маңызды транзит орталығы болып табылады",
    "Silkway CA, of PTC Holdings and Uzbekistan Temir Yollari, is to build a multimodal logistics centre in Tashkent region":
      "PTC Holdings пен «Өзбекстан темір жолдары» компанияларының Silkway CA кәсіпорны Ташкент облысында мультимодальды логистикалық орталық салмақ",
    "The Friendship Bridge over the Amu Darya connects Termez with Hairatan in Afghanistan":
      "Әмудария арқылы өтетін Достық көпірі Термезді Ауғанстандағы Хайратонмен байланыстырады",
    "The Termez Cargo Center is the largest logistics terminal in southern Uzbekistan":
      "«Термез» жүк орталығы Өзбекстанның оңтүстігіндегі ең ірі логистикалық терминал болып табылады",
    "Kazakhstan's rail crossings with China are Altynkol – Khorgos and Dostyk – Alashankou":
      "Қазақстанның Қытаймен теміржол өткелдері: Алтынкөл\u00a0– Қорғас және Достық\u00a0– Алашанькоу",
    "The route crosses the Caspian from Aktau or Kuryk to Alat port in Baku, or from Turkmenbashi, and does not cross Russia":
      "Бағыт Каспийді Ақтаудан немесе Құрықтан Бакудің Алят портына дейін немесе Түрікменбашыдан кесіп өтеді және Ресей арқылы өтпейді",
    "Alat is 70 km south of Baku; its port is the western end of the route's Caspian crossing":
      "Алят Бакуден 70 км оңтүстікте орналасқан; оның порты бағыттың Каспий өткелінің батыс шеті болып табылады",
    "Goods go on to Europe through Poti and Batumi in Georgia or along the Baku–Tbilisi–Kars railway":
      "Жүктер одан әрі Еуропаға Грузиядағы Поти мен Батуми арқылы немесе Баку\u00a0– Тбилиси\u00a0– Карс темір жолымен барады",
    "Opened on 3 December 2014; from Uzen through Gyzylgaya, Bereket and Etrek to Gorgan; joined there to Iran's network and the Gulf ports; part of the North–South corridor":
      "2014 жылғы 3 желтоқсанда ашылды; Өзеннен Гызылгая, Берекет және Этрек арқылы Горганға дейін; сол жерде Иран желісіне және Парсы шығанағы порттарына қосылады; «Солтүстік\u00a0– Оңтүстік» дәлізінің бөлігі",
    "Opened on 3 December 2014 in the presence of the three presidents":
      "2014 жылғы 3 желтоқсанда үш президенттің қатысуымен ашылды",
    "From Uzen, through Gyzylgaya, Bereket and Etrek, to Gorgan, which is connected to Iran's national network":
      "Өзеннен Гызылгая, Берекет және Этрек арқылы Иранның ұлттық желісіне қосылған Горганға дейін",
    "7,200 km from St Petersburg to ports in Iran and India; the eastern branch through Kazakhstan and Turkmenistan; Bandar Abbas its final port in Iran":
      "Санкт-Петербургтен Иран мен Үндістан порттарына дейін 7200 км; шығыс тармағы Қазақстан мен Түрікменстан арқылы өтеді; оның Ирандағы соңғы порты Бандар-Аббас болып табылады",
    "Three routes: western through Azerbaijan, eastern along the Caspian's eastern shore, and across the sea; the 162 km Astara – Rasht railway is yet to be completed":
      "Үш бағыт: Әзірбайжан арқылы батыс бағыт, Каспийдің шығыс жағалауымен шығыс бағыт және теңіз арқылы; ұзындығы 162 км Астара\u00a0– Решт темір жолы әлі салынып бітпеген",
    "The Kazakhstan–Turkmenistan–Iran railway is part of the North–South corridor":
      "Қазақстан\u00a0– Түрікменстан\u00a0– Иран темір жолы «Солтүстік\u00a0– Оңтүстік» дәлізінің бөлігі болып табылады",
    "Makhachkala, Olya and Astrakhan are Russia's main Caspian ports; Astara, Anzali, Noshahr and Amirabad Iran's":
      "Ресейдің Каспийдегі негізгі порттары: Махачкала, Оля және Астрахань; Иранның: Астара, Энзели, Ноушахр және Амирабад",
    "Up to half of China – Russia – Europe rail freight ran on the line from China to Russia through Kazakhstan":
      "Қытай\u00a0– Ресей\u00a0– Еуропа бағытындағы теміржол жүктерінің жартысына дейінгі бөлігі Қытайдан Қазақстан арқылы Ресейге баратын желімен тасымалданды",
    "The northern Trans-Asian corridor in Kazakhstan: Dostyk – Aktogai – Sayak – Mointy – Astana – Petropavlovsk; the southern: Dostyk – Aktogai – Almaty – Shu – Arys":
      "Қазақстандағы солтүстік Трансазиялық дәліз: Достық\u00a0– Ақтоғай\u00a0– Саяқ\u00a0– Мойынты\u00a0– Астана\u00a0– Петропавл; оңтүстік дәліз: Достық\u00a0– Ақтоғай\u00a0– Алматы\u00a0– Шу\u00a0– Арыс",
    "The transit route from Altynkol runs through the Almaty junction, one of whose directions is Shu":
      "Алтынкөлден келетін транзиттік бағыт Алматы торабы арқылы өтеді, ал бұл тораптың бағыттарының бірі Шу бағыты",
    "The Trans-Aral line runs from Arys through Kyzylorda and Aral to Aktobe":
      "Трансарал желісі Арыстан Қызылорда және Арал арқылы Ақтөбеге дейін созылады",
    "Zhezkazgan – Beineu, 988 km, launched in 2014, shortens the way from China to the Caspian by 1,000 km":
      "2014 жылы іске қосылған ұзындығы 988 км Жезқазған\u00a0– Бейнеу желісі Қытайдан Каспийге дейінгі жолды 1000 км-ге қысқартады",
    "The train from Tashkent to Termez now runs on a new line through Kashkadarya":
      "Ташкенттен Термезге баратын пойыз енді Қашқадария арқылы өтетін жаңа желімен жүреді",
    "The Friendship Bridge carries road and rail over the Amu Darya between Termez and Hairatan":
      "Достық көпірі арқылы Термез бен Хайратон арасында Әмудариядан автомобиль жолы мен темір жол өтеді",
    "The Hairatan – Mazar-i-Sharif railway is 75 km long":
      "Хайратон\u00a0– Мазари-Шариф темір жолының ұзындығы 75 км",
    "The Trans-Afghan railway is to run from Mazar-i-Sharif to Kabul and on to Peshawar":
      "Трансауған темір жолы Мазари-Шарифтен Кабулға, одан әрі Пешаварға дейін өтуі тиіс",
    "The line from Turkmenistan reaches Torghundi, in Herat province; its extension to Herat is still to be built":
      "Түрікменстаннан келетін желі Герат провинциясындағы Торғундиге дейін жетеді; оның Гератқа дейінгі жалғасы әлі салынбаған",
    "The line from Khaf in Iran ends at Rozanak, opened in December 2020; its last stage to Herat is under construction":
      "Ирандағы Хафтан шығатын желі 2020 жылғы желтоқсанда ашылған Розанакта аяқталады; оның Гератқа дейінгі соңғы кезеңі салынып жатыр",
    "The line from Khaf to Rozanak, in Herat province, is complete; the rest to Herat city is under construction":
      "Хафтан Герат провинциясындағы Розанакқа дейінгі желі салынып бітті; Герат қаласына дейінгі қалған бөлігі салынып жатыр",
    "Of the Chabahar – Zahedan railway, Zahedan – Khash is open and the rest to Chabahar is being built":
      "Чабахар\u00a0– Захедан темір жолының Захедан\u00a0– Хаш учаскесі ашылған, ал Чабахарға дейінгі қалған бөлігі салынып жатыр",
    "\"Five railway corridors pass through Kazakhstan\", said at the SCO heads of government meeting in November 2025":
      "«Қазақстан арқылы бес теміржол дәлізі өтеді» деп 2025 жылғы қарашада ШЫҰ үкімет басшыларының отырысында айтылды",
    "Five international railway corridors pass through Kazakhstan, the minister said; the article does not name them":
      "Министрдің айтуынша, Қазақстан арқылы бес халықаралық теміржол дәлізі өтеді; мақалада олар аталмайды",
    "Kazakhstan is improving its transport connectivity through five main international railway corridors connecting Chinese markets with Europe and Central Asia, said Transport Minister Marat Karabayev":
      "Көлік министрі Марат Қарабаевтың айтуынша, Қазақстан Қытай нарықтарын Еуропамен және Орталық Азиямен байланыстыратын бес негізгі халықаралық теміржол дәлізі арқылы көліктік байланысын жақсартып жатыр",
    "Four major international transport corridors cross Kazakhstan: the northern and southern corridors of the Trans-Asian Railway, TRACECA and North–South":
      "Қазақстанды төрт ірі халықаралық көлік дәлізі кесіп өтеді: Трансазиялық темір жолдың солтүстік және оңтүстік дәліздері, ТРАСЕКА және «Солтүстік\u00a0– Оңтүстік»",
    "Kazakhstan is a key Eurasian logistics hub":
      "Қазақстан Еуразияның негізгі логистикалық хабы болып табылады",
    "Five railway corridors pass through Kazakhstan":
      "Қазақстан арқылы бес теміржол дәлізі өтеді",
    "Five railway corridors pass through Kazakhstan; the passage does not name them":
      "Қазақстан арқылы бес теміржол дәлізі өтеді; үзіндіде олар аталмайды",
    "The route crosses the Caspian from Aktau or Kuryk to Alat, from Kazakhstan through Azerbaijan to Georgia":
      "Бағыт Каспийді Ақтаудан немесе Құрықтан Алятқа дейін кесіп өтіп, Қазақстаннан Әзірбайжан арқылы Грузияға барады",
    "A container train from China crossed into Kazakhstan at Dostyk and was loaded onto a ferry at Aktau":
      "Қытайдан шыққан контейнер пойызы Қазақстанға Достық арқылы өтіп, Ақтауда паромға тиелді",
    "Goods go on to Europe through Poti and Batumi or along the Baku–Tbilisi–Kars railway":
      "Жүктер одан әрі Еуропаға Поти мен Батуми арқылы немесе Баку\u00a0– Тбилиси\u00a0– Карс темір жолымен барады",
    "Zhezkazgan – Beineu shortens the way from China to the Caspian by 1,000 km":
      "Жезқазған\u00a0– Бейнеу желісі Қытайдан Каспийге дейінгі жолды 1000 км-ге қысқартады",
    "Zhezkazgan – Beineu was launched at an event on 22 August 2014":
      "Жезқазған\u00a0– Бейнеу желісі 2014 жылғы 22 тамызда өткен іс-шарада іске қосылды",
    "At Dostyk, freight is moved from one wagon to another because the gauge changes":
      "Достықта жол табанының ені өзгеретіндіктен жүк бір вагоннан екіншісіне ауыстырылады",
    "The route crosses the Caspian through Aktau or Kuryk and goes through Alat port in Baku":
      "Бағыт Каспийді Ақтау немесе Құрық арқылы кесіп өтіп, Бакудің Алят порты арқылы өтеді",
    "A container train from China was loaded onto a ferry at Aktau":
      "Қытайдан шыққан контейнер пойызы Ақтауда паромға тиелді",
    "The new deep-sea port of Kuryk was finished in 2016 (\"last year\", in June 2017)":
      "Құрықтағы жаңа терең су порты 2016 жылы салынып бітті (2017 жылғы маусымда айтылған «өткен жылы»)",
    "The Kuryk railway ferry complex was put into operation in December 2016":
      "Құрықтағы теміржол паром кешені 2016 жылғы желтоқсанда пайдалануға берілді",
    "The port was commissioned in 2017 after two years of construction":
      "Порт екі жыл салынғаннан кейін 2017 жылы пайдалануға берілді",
    "A 13.9 km branch from the Aktau – Uzen line serves the port near Kuryk":
      "Ақтау\u00a0– Өзен желісінен тартылған ұзындығы 13,9 км тармақ Құрық маңындағы портқа қызмет көрсетеді",
    "From Azerbaijan goods go on through Georgia or along the Baku–Tbilisi–Kars railway":
      "Әзірбайжаннан жүктер одан әрі Грузия арқылы немесе Баку\u00a0– Тбилиси\u00a0– Карс темір жолымен барады",
    "Opened on 3 December 2014, connecting landlocked Central Asia with the Persian Gulf through Iran's network":
      "2014 жылғы 3 желтоқсанда ашылып, теңізге шығатын жолы жоқ Орталық Азияны Иран желісі арқылы Парсы шығанағымен байланыстырды",
    "The line links Uzen in Kazakhstan with Gyzylgaya, Bereket and Etrek in Turkmenistan and Gorgan in Iran":
      "Желі Қазақстандағы Өзенді Түрікменстандағы Гызылгая, Берекет және Этрекпен, сондай-ақ Ирандағы Горганмен байланыстырады",
    "Three routes: west of the Caspian through Azerbaijan, along its eastern shore, and across the sea":
      "Үш бағыт: Каспийдің батысымен Әзірбайжан арқылы, оның шығыс жағалауымен және теңіз арқылы",
    "The 162 km Astara – Rasht railway is yet to be completed":
      "Ұзындығы 162 км Астара\u00a0– Решт темір жолы әлі салынып бітпеген",
    "Bandar Abbas is the final destination in Iran, from which cargo can be shipped to India by sea":
      "Бандар-Аббас Ирандағы соңғы межелі пункт болып табылады, одан жүкті Үндістанға теңіз арқылы жөнелтуге болады",
    "The eastern branch passes through Kazakhstan and Turkmenistan; the final destination in Iran is Bandar Abbas":
      "Шығыс тармағы Қазақстан мен Түрікменстан арқылы өтеді; Ирандағы соңғы межелі пункт Бандар-Аббас болып табылады",
    "The northern Trans-Asian corridor: Dostyk – Aktogai – Sayak – Mointy – Astana – Petropavlovsk; the southern: Dostyk – Aktogai – Almaty – Shu – Arys":
      "Солтүстік Трансазиялық дәліз: Достық\u00a0– Ақтоғай\u00a0– Саяқ\u00a0– Мойынты\u00a0– Астана\u00a0– Петропавл; оңтүстік дәліз: Достық\u00a0– Ақтоғай\u00a0– Алматы\u00a0– Шу\u00a0– Арыс",
    "The railway from Termez to Mazar-i-Sharif is already built":
      "Термезден Мазари-Шарифке дейінгі темір жол салынып қойған",
    "Transit traffic has risen by nearly 2-fold in the past five years":
      "Соңғы бес жылда транзиттік тасымал 2 есеге жуық өсті",
    "The President called for a partner network of strategic ports and logistics centres within the SCO":
      "Президент ШЫҰ аясында стратегиялық порттар мен логистикалық орталықтардың серіктестік желісін құруға шақырды",
  },
  factParts: {
    "Altynkol – Poti/Batumi":
      "Алтынкөл\u00a0– Поти/Батуми",
    "Altynkol – Constanța via Poti/Batumi":
      "Алтынкөл\u00a0– Констанца (Поти/Батуми арқылы)",
    "China – Europe by the Middle (Trans-Caspian) corridor":
      "Орта (Транскаспий) дәлізі арқылы Қытай\u00a0– Еуропа",
    "Zhezkazgan – Beineu railway (new line)":
      "Жезқазған\u00a0– Бейнеу темір жолы (жаңа желі)",
    "Bolashak border station (Kazakhstan – Turkmenistan)":
      "Болашақ шекара станциясы (Қазақстан\u00a0– Түрікменстан)",
    "eastern route (Kazakhstan, Turkmenistan, Iran)":
      "шығыс бағыт (Қазақстан, Түрікменстан, Иран)",
    "eastern route (Russia, Kazakhstan, Turkmenistan, Iran)":
      "шығыс бағыт (Ресей, Қазақстан, Түрікменстан, Иран)",
    "western route (Azerbaijan)":
      "батыс бағыт (Әзірбайжан)",
    "Urumqi – Dostyk – Brest (through Kazakhstan, Russia and Belarus)":
      "Үрімжі\u00a0– Достық\u00a0– Брест (Қазақстан, Ресей және Беларусь арқылы)",
    "China – Europe block trains via Russia":
      "Ресей арқылы жүретін Қытай\u00a0– Еуропа блок-пойыздары",
    "China – Kazakhstan – Russia – Belarus – Poland":
      "Қытай\u00a0– Қазақстан\u00a0– Ресей\u00a0– Беларусь\u00a0– Польша",
    "Trans-Afghan railway, Termez – Naibabad – Maidan Shahr – Logar – Kharlachi (planned)":
      "Трансауған темір жолы, Термез\u00a0– Наибабад\u00a0– Майдан-Шахр\u00a0– Логар\u00a0– Харлачи (жоспарланған)",
    "Trans-Afghan railway through Afghanistan (planned)":
      "Ауғанстан арқылы өтетін Трансауған темір жолы (жоспарланған)",
    "Trans-Afghan railway (planned)":
      "Трансауған темір жолы (жоспарланған)",
    "Pakistan – Uzbekistan by the Trans-Afghan railway (planned)":
      "Трансауған темір жолы арқылы Пәкістан\u00a0– Өзбекстан (жоспарланған)",
    "Khaf – Herat railway":
      "Хаф\u00a0– Герат темір жолы",
    "Hairatan – Mazar-i-Sharif railway":
      "Хайратон\u00a0– Мазари-Шариф темір жолы",
    "Chabahar – Zahedan railway (under construction)":
      "Чабахар\u00a0– Захедан темір жолы (салынуда)",
    "grain terminal":
      "астық терминалы",
    "three oil berths":
      "үш мұнай айлағы",
    "container hub":
      "контейнер хабы",
    "railway ferry complex":
      "теміржол паром кешені",
    "new container terminal":
      "жаңа контейнер терминалы",
    "phase I of nine":
      "тоғыз кезеңнің I кезеңі",
    "Dostyk – Alashankou rail crossing":
      "Достық\u00a0– Алашанькоу теміржол өткелі",
    "Almaty-1 station":
      "Алматы-1 станциясы",
    "Astana-1 station":
      "Астана-1 станциясы",
  },
};
