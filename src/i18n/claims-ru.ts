// In Russian: what the sources of our texts say ("About this text") and what part each published
// figure covers, by their English words in the data. Each keeps the English's figures
// (contentProblems checks); the sources' own names stay theirs.
import type { SourceWords } from "./content";

export const sourceWords: SourceWords = {
  claims: {
    "Aktau Sea Port is on the east coast of the Caspian, at the intersection of several international transport corridors":
      "Морской порт Актау находится на восточном побережье Каспия, на пересечении нескольких международных транспортных коридоров",
    "The Aktau port company is under 100% trust management of Kazakhstan Temir Zholy, the national railway":
      "Портовая компания Актау на 100% находится в доверительном управлении национальной железной дороги\u00a0— «Казахстан темир жолы»",
    "Kuryk is 70 km south of Aktau; its ferry complex belongs to KTZ, its Sarzha terminal is owned and operated by Semurg Invest":
      "Курык находится в 70 км к югу от Актау; его паромный комплекс принадлежит КТЖ, а терминалом «Саржа» владеет и управляет компания «Семург Инвест»",
    "The Kuryk seaport, 100 km from the Aktau seaport, is part of the Trans-Caspian International Transport Route":
      "Морской порт Курык, расположенный в 100 км от морского порта Актау, входит в Транскаспийский международный транспортный маршрут",
    "The port complex at Alat, in Baku's Garadagh district, opened on 14 May 2018":
      "Портовый комплекс в Аляте, в Гарадагском районе Баку, открылся 14 мая 2018 года",
    "The port says it is the largest on the Caspian, at the intersection of the east–west and north–south corridors":
      "Порт называет себя крупнейшим на Каспии, расположенным на пересечении коридоров «Восток\u00a0— Запад» и «Север\u00a0— Юг»",
    "The largest seaport in Turkmenistan, with regular lines to Baku, Aktau and Astrakhan, operated by the State Service of Maritime and River Transportation":
      "Крупнейший морской порт Туркменистана с регулярными линиями в Баку, Актау и Астрахань; им управляет Государственная служба морского и речного транспорта",
    "APM Terminals bought Poti, the largest port in Georgia, in April 2011":
      "В апреле 2011 года APM Terminals купила Поти\u00a0— крупнейший порт Грузии",
    "Since 2011 APM Terminals has managed the port through JSC Poti Sea Port Corporation":
      "С 2011 года APM Terminals управляет портом через АО Poti Sea Port Corporation",
    "Batumi Sea Port handles dry, ferry, container and oil cargo":
      "Морской порт Батуми обрабатывает сухие, паромные, контейнерные и нефтяные грузы",
    "Batumi Oil Terminal is owned by KazTransOil and holds exclusive rights to manage the Batumi Sea Port":
      "Батумский нефтяной терминал принадлежит «КазТрансОйл» и обладает исключительным правом на управление морским портом Батуми",
    "The Anaklia port, near Abkhazia, would have served Panamax and post-Panamax ships":
      "Порт Анаклия вблизи Абхазии должен был обслуживать суда типа «панамакс» и «постпанамакс»",
    "In January 2020 the government cancelled the project of the Anaklia Development Consortium; in May 2024 a consortium of China Communications Construction Company and China Harbour was given it, as the sole bidder":
      "В январе 2020 года правительство отменило проект консорциума Anaklia Development Consortium; в мае 2024 года проект был передан консорциуму China Communications Construction Company и China Harbour как единственному участнику конкурса",
    "Shahid Rajaee, near the Strait of Hormuz, is Iran's biggest container hub, with almost 80% of its container activity":
      "Шахид Раджаи у Ормузского пролива\u00a0— крупнейший контейнерный узел Ирана, на который приходится почти 80% контейнерных операций страны",
    "The port lies in southern Hormozgan province":
      "Порт расположен в южной провинции Хормозган",
    "Chabahar, on the Gulf of Oman, is Iran's only oceanic port, with the Shahid Kalantari and Shahid Beheshti ports":
      "Чабахар на Оманском заливе\u00a0— единственный океанский порт Ирана; в него входят порты Шахид Калантари и Шахид Бехешти",
    "India Ports Global Ltd is to operate five berths at the Shahid Beheshti terminal":
      "India Ports Global Ltd будет управлять пятью причалами терминала Шахид Бехешти",
    "India signed a 10-year pact in May 2024; Chabahar is a gateway for trade with Afghanistan and Central Asia":
      "В мае 2024 года Индия подписала соглашение на 10 лет; Чабахар\u00a0— ворота для торговли с Афганистаном и Центральной Азией",
    "The KTZE – Khorgos Gateway dry port is at the Altynkol – Khorgos crossing between China and Kazakhstan":
      "Сухой порт KTZE\u00a0– Khorgos Gateway находится на переходе Алтынколь\u00a0– Хоргос между Китаем и Казахстаном",
    "The dry port works within the Khorgos – East Gate special economic zone":
      "Сухой порт работает в специальной экономической зоне «Хоргос\u00a0— Восточные ворота»",
    "COSCO Shipping and Lianyungang Port Holdings acquired 49% of the dry port from KTZ, 24.5% each":
      "COSCO Shipping и Lianyungang Port Holdings приобрели у КТЖ 49% сухого порта, по 24,5% каждая",
    "A key transshipment hub linking China with Europe and Central Asia":
      "Ключевой перевалочный узел, связывающий Китай с Европой и Центральной Азией",
    "Dostyk station is a key trans-border railway passage from Kazakhstan to China, via Alashankou":
      "Станция Достык\u00a0— ключевой трансграничный железнодорожный переход из Казахстана в Китай, через Алашанькоу",
    "Dostyk is a border transshipment station: freight is moved from one wagon to another because the gauge changes":
      "Достык\u00a0— пограничная перегрузочная станция: грузы перегружают из вагона в вагон из-за смены колеи",
    "KTZ is developing and modernising the Dostyk station":
      "КТЖ развивает и модернизирует станцию Достык",
    "The Port of Astrakhan, at the mouth of the Volga, manages 14 terminals":
      "Порт Астрахань в устье Волги управляет 14 терминалами",
    "The port is an important node of the International North–South Transport Corridor":
      "Порт\u00a0— важный узел Международного транспортного коридора «Север\u00a0— Юг»",
    "Olya is in the Volga delta, at the 67th km of the Volga–Caspian canal":
      "Оля находится в дельте Волги, на 67-м км Волго-Каспийского канала",
    "A multipurpose port at the intersection of the flows connecting Russia with Iran, the Middle East and India":
      "Многоцелевой порт на пересечении потоков, связывающих Россию с Ираном, Ближним Востоком и Индией",
    "Makhachkala is Russia's only non-freezing deepwater port in the Caspian":
      "Махачкала\u00a0— единственный незамерзающий глубоководный порт России на Каспии",
    "100% of the port company's shares went into North–South JSC":
      "100% акций портовой компании переданы АО «Север\u00a0— Юг»",
    "The port was fully privatised":
      "Порт был полностью приватизирован",
    "Anzali, in Gilan province, has 17 quays, hosts the region's only free trade zone and is on the North–South corridor":
      "Энзели в провинции Гилян располагает 17 причалами и единственной в регионе свободной экономической зоной и находится на коридоре «Север\u00a0— Юг»",
    "The Amirabad Port special economic zone is in eastern Mazandaran, 51 km from Sari":
      "Особая экономическая зона порта Амирабад находится на востоке Мазендерана, в 51 км от Сари",
    "Amirabad has a particular standing within the North–South corridor":
      "Амирабад занимает особое место в коридоре «Север\u00a0— Юг»",
    "The Almaty junction carries traffic in four directions: Shu, Aktogay, Altynkol and Almaty-2":
      "Алматинский узел обеспечивает движение в четырёх направлениях: на Шу, Актогай, Алтынколь и Алматы-2",
    "KTZ is building a bypass round Almaty, on one of the two main lines of the Trans-Caspian route in Kazakhstan":
      "КТЖ строит обход Алматы на одной из двух главных линий Транскаспийского маршрута в Казахстане",
    "KTZ's head: the new junction and station helped create a large transport and logistics hub":
      "Глава КТЖ: новые узел и вокзал помогли создать крупный транспортно-логистический хаб",
    "Tashkent is the largest city in Central Asia and an important transit centre for the region":
      "Ташкент\u00a0— крупнейший город Центральной Азии и важный транзитный центр региона",
    "Silkway CA, of PTC Holdings and Uzbekistan Temir Yollari, is to build a multimodal logistics centre in Tashkent region":
      "Silkway CA\u00a0— компания PTC Holdings и «Узбекистон темир йуллари»\u00a0— построит мультимодальный логистический центр в Ташкентской области",
    "The Friendship Bridge over the Amu Darya connects Termez with Hairatan in Afghanistan":
      "Мост Дружбы через Амударью соединяет Термез с Хайратоном в Афганистане",
    "The Termez Cargo Center is the largest logistics terminal in southern Uzbekistan":
      "Грузовой центр «Термез»\u00a0— крупнейший логистический терминал на юге Узбекистана",
    "Kazakhstan's rail crossings with China are Altynkol – Khorgos and Dostyk – Alashankou":
      "Железнодорожные переходы Казахстана на границе с Китаем: Алтынколь\u00a0– Хоргос и Достык\u00a0– Алашанькоу",
    "The route crosses the Caspian from Aktau or Kuryk to Alat port in Baku, or from Turkmenbashi, and does not cross Russia":
      "Маршрут пересекает Каспий из Актау или Курыка в порт Алят в Баку либо из Туркменбаши и не проходит через Россию",
    "Alat is 70 km south of Baku; its port is the western end of the route's Caspian crossing":
      "Алят находится в 70 км к югу от Баку; его порт\u00a0— западная конечная точка переправы маршрута через Каспий",
    "Goods go on to Europe through Poti and Batumi in Georgia or along the Baku–Tbilisi–Kars railway":
      "Дальше в Европу грузы идут через Поти и Батуми в Грузии или по железной дороге Баку\u00a0– Тбилиси\u00a0– Карс",
    "Opened on 3 December 2014; from Uzen through Gyzylgaya, Bereket and Etrek to Gorgan; joined there to Iran's network and the Gulf ports; part of the North–South corridor":
      "Открыта 3 декабря 2014 года; идёт от Узеня через Гызылгая, Берекет и Этрек до Горгана, где соединяется с сетью Ирана и портами Персидского залива; входит в коридор «Север\u00a0— Юг»",
    "Opened on 3 December 2014 in the presence of the three presidents":
      "Открыта 3 декабря 2014 года в присутствии трёх президентов",
    "From Uzen, through Gyzylgaya, Bereket and Etrek, to Gorgan, which is connected to Iran's national network":
      "От Узеня через Гызылгая, Берекет и Этрек до Горгана, который соединён с национальной сетью Ирана",
    "7,200 km from St Petersburg to ports in Iran and India; the eastern branch through Kazakhstan and Turkmenistan; Bandar Abbas its final port in Iran":
      "7200 км от Санкт-Петербурга до портов Ирана и Индии; восточная ветвь проходит через Казахстан и Туркменистан; конечный порт коридора в Иране\u00a0— Бендер-Аббас",
    "Three routes: western through Azerbaijan, eastern along the Caspian's eastern shore, and across the sea; the 162 km Astara – Rasht railway is yet to be completed":
      "Три маршрута: западный\u00a0— через Азербайджан, восточный\u00a0— вдоль восточного берега Каспия и морской\u00a0— через море; строительство железной дороги Астара\u00a0– Решт длиной 162 км ещё не завершено",
    "The Kazakhstan–Turkmenistan–Iran railway is part of the North–South corridor":
      "Железная дорога Казахстан\u00a0— Туркменистан\u00a0— Иран входит в коридор «Север\u00a0— Юг»",
    "Makhachkala, Olya and Astrakhan are Russia's main Caspian ports; Astara, Anzali, Noshahr and Amirabad Iran's":
      "Махачкала, Оля и Астрахань\u00a0— главные каспийские порты России; Астара, Энзели, Ноушехр и Амирабад\u00a0— Ирана",
    "Up to half of China – Russia – Europe rail freight ran on the line from China to Russia through Kazakhstan":
      "До половины железнодорожных грузов по маршруту Китай\u00a0– Россия\u00a0– Европа шло по линии из Китая в Россию через Казахстан",
    "The northern Trans-Asian corridor in Kazakhstan: Dostyk – Aktogai – Sayak – Mointy – Astana – Petropavlovsk; the southern: Dostyk – Aktogai – Almaty – Shu – Arys":
      "Северный Трансазиатский коридор в Казахстане: Достык\u00a0– Актогай\u00a0– Саяк\u00a0– Мойынты\u00a0– Астана\u00a0– Петропавловск; южный: Достык\u00a0– Актогай\u00a0– Алматы\u00a0– Шу\u00a0– Арысь",
    "The transit route from Altynkol runs through the Almaty junction, one of whose directions is Shu":
      "Транзитный маршрут от Алтынколя проходит через Алматинский узел, одно из направлений которого\u00a0— Шу",
    "The Trans-Aral line runs from Arys through Kyzylorda and Aral to Aktobe":
      "Трансаральская линия идёт от Арыси через Кызылорду и Арал до Актобе",
    "Zhezkazgan – Beineu, 988 km, launched in 2014, shortens the way from China to the Caspian by 1,000 km":
      "Линия Жезказган\u00a0– Бейнеу длиной 988 км, запущенная в 2014 году, сокращает путь от Китая до Каспия на 1000 км",
    "The train from Tashkent to Termez now runs on a new line through Kashkadarya":
      "Поезд из Ташкента в Термез теперь идёт по новой линии через Кашкадарью",
    "The Friendship Bridge carries road and rail over the Amu Darya between Termez and Hairatan":
      "По мосту Дружбы через Амударью между Термезом и Хайратоном проходят автомобильная и железная дороги",
    "The Hairatan – Mazar-i-Sharif railway is 75 km long":
      "Протяжённость железной дороги Хайратон\u00a0– Мазари-Шариф\u00a0— 75 км",
    "The Trans-Afghan railway is to run from Mazar-i-Sharif to Kabul and on to Peshawar":
      "Трансафганская железная дорога должна пройти от Мазари-Шарифа до Кабула и далее до Пешавара",
    "The line from Turkmenistan reaches Torghundi, in Herat province; its extension to Herat is still to be built":
      "Линия из Туркменистана доходит до Торгунди в провинции Герат; её продление до Герата ещё предстоит построить",
    "The line from Khaf in Iran ends at Rozanak, opened in December 2020; its last stage to Herat is under construction":
      "Линия из Хафа в Иране, открытая в декабре 2020 года, заканчивается в Розанаке; её последний участок до Герата строится",
    "The line from Khaf to Rozanak, in Herat province, is complete; the rest to Herat city is under construction":
      "Линия от Хафа до Розанака в провинции Герат завершена; оставшийся участок до города Герат строится",
    "Of the Chabahar – Zahedan railway, Zahedan – Khash is open and the rest to Chabahar is being built":
      "На железной дороге Чабахар\u00a0– Захедан участок Захедан\u00a0– Хаш открыт, а остальная часть до Чабахара строится",
    "\"Five railway corridors pass through Kazakhstan\", said at the SCO heads of government meeting in November 2025":
      "«Через Казахстан проходят пять железнодорожных коридоров»,\u00a0— прозвучало на заседании глав правительств ШОС в ноябре 2025 года",
    "Five international railway corridors pass through Kazakhstan, the minister said; the article does not name them":
      "Через Казахстан проходят пять международных железнодорожных коридоров, заявил министр; в статье они не названы",
    "Kazakhstan is improving its transport connectivity through five main international railway corridors connecting Chinese markets with Europe and Central Asia, said Transport Minister Marat Karabayev":
      "Казахстан улучшает свою транспортную связанность благодаря пяти основным международным железнодорожным коридорам, соединяющим рынки Китая с Европой и Центральной Азией, заявил министр транспорта Марат Карабаев",
    "Four major international transport corridors cross Kazakhstan: the northern and southern corridors of the Trans-Asian Railway, TRACECA and North–South":
      "Через Казахстан проходят четыре крупных международных транспортных коридора: северный и южный коридоры Трансазиатской железной дороги, ТРАСЕКА и «Север\u00a0— Юг»",
    "Kazakhstan is a key Eurasian logistics hub":
      "Казахстан\u00a0— ключевой логистический хаб Евразии",
    "Five railway corridors pass through Kazakhstan":
      "Через Казахстан проходят пять железнодорожных коридоров",
    "Five railway corridors pass through Kazakhstan; the passage does not name them":
      "Через Казахстан проходят пять железнодорожных коридоров; в этом фрагменте они не названы",
    "The route crosses the Caspian from Aktau or Kuryk to Alat, from Kazakhstan through Azerbaijan to Georgia":
      "Маршрут пересекает Каспий из Актау или Курыка в Алят и ведёт из Казахстана через Азербайджан в Грузию",
    "A container train from China crossed into Kazakhstan at Dostyk and was loaded onto a ferry at Aktau":
      "Контейнерный поезд из Китая въехал в Казахстан через Достык и был погружен на паром в Актау",
    "Goods go on to Europe through Poti and Batumi or along the Baku–Tbilisi–Kars railway":
      "Дальше в Европу грузы идут через Поти и Батуми или по железной дороге Баку\u00a0– Тбилиси\u00a0– Карс",
    "Zhezkazgan – Beineu shortens the way from China to the Caspian by 1,000 km":
      "Линия Жезказган\u00a0– Бейнеу сокращает путь от Китая до Каспия на 1000 км",
    "Zhezkazgan – Beineu was launched at an event on 22 August 2014":
      "Линия Жезказган\u00a0– Бейнеу была запущена на церемонии 22 августа 2014 года",
    "At Dostyk, freight is moved from one wagon to another because the gauge changes":
      "В Достыке грузы перегружают из вагона в вагон из-за смены колеи",
    "The route crosses the Caspian through Aktau or Kuryk and goes through Alat port in Baku":
      "Маршрут пересекает Каспий через Актау или Курык и проходит через порт Алят в Баку",
    "A container train from China was loaded onto a ferry at Aktau":
      "Контейнерный поезд из Китая был погружен на паром в Актау",
    "The new deep-sea port of Kuryk was finished in 2016 (\"last year\", in June 2017)":
      "Новый глубоководный порт Курык был достроен в 2016 году («в прошлом году»\u00a0— по состоянию на июнь 2017 года)",
    "The Kuryk railway ferry complex was put into operation in December 2016":
      "Железнодорожный паромный комплекс в Курыке был введён в эксплуатацию в декабре 2016 года",
    "The port was commissioned in 2017 after two years of construction":
      "Порт был введён в эксплуатацию в 2017 году после двух лет строительства",
    "A 13.9 km branch from the Aktau – Uzen line serves the port near Kuryk":
      "Порт у Курыка обслуживает ветка длиной 13,9 км от линии Актау\u00a0– Узень",
    "From Azerbaijan goods go on through Georgia or along the Baku–Tbilisi–Kars railway":
      "Из Азербайджана грузы идут дальше через Грузию или по железной дороге Баку\u00a0– Тбилиси\u00a0– Карс",
    "Opened on 3 December 2014, connecting landlocked Central Asia with the Persian Gulf through Iran's network":
      "Открыта 3 декабря 2014 года и соединяет не имеющую выхода к морю Центральную Азию с Персидским заливом через сеть Ирана",
    "The line links Uzen in Kazakhstan with Gyzylgaya, Bereket and Etrek in Turkmenistan and Gorgan in Iran":
      "Линия связывает Узень в Казахстане с Гызылгая, Берекетом и Этреком в Туркменистане и Горганом в Иране",
    "Three routes: west of the Caspian through Azerbaijan, along its eastern shore, and across the sea":
      "Три маршрута: к западу от Каспия через Азербайджан, вдоль его восточного берега и через море",
    "The 162 km Astara – Rasht railway is yet to be completed":
      "Строительство железной дороги Астара\u00a0– Решт длиной 162 км ещё не завершено",
    "Bandar Abbas is the final destination in Iran, from which cargo can be shipped to India by sea":
      "Бендер-Аббас\u00a0— конечный пункт в Иране, откуда грузы можно отправить морем в Индию",
    "The eastern branch passes through Kazakhstan and Turkmenistan; the final destination in Iran is Bandar Abbas":
      "Восточная ветвь проходит через Казахстан и Туркменистан; конечный пункт в Иране\u00a0— Бендер-Аббас",
    "The northern Trans-Asian corridor: Dostyk – Aktogai – Sayak – Mointy – Astana – Petropavlovsk; the southern: Dostyk – Aktogai – Almaty – Shu – Arys":
      "Северный Трансазиатский коридор: Достык\u00a0– Актогай\u00a0– Саяк\u00a0– Мойынты\u00a0– Астана\u00a0– Петропавловск; южный: Достык\u00a0– Актогай\u00a0– Алматы\u00a0– Шу\u00a0– Арысь",
    "The railway from Termez to Mazar-i-Sharif is already built":
      "Железная дорога от Термеза до Мазари-Шарифа уже построена",
    "Transit traffic has risen by nearly 2-fold in the past five years":
      "За последние пять лет объём транзитных перевозок вырос почти в 2 раза",
    "The President called for a partner network of strategic ports and logistics centres within the SCO":
      "Президент призвал создать в рамках ШОС партнёрскую сеть стратегических портов и логистических центров",
  },
  factParts: {
    "Altynkol – Poti/Batumi":
      "Алтынколь\u00a0– Поти/Батуми",
    "Altynkol – Constanța via Poti/Batumi":
      "Алтынколь\u00a0– Констанца через Поти/Батуми",
    "China – Europe by the Middle (Trans-Caspian) corridor":
      "Китай\u00a0– Европа по Среднему (Транскаспийскому) коридору",
    "Zhezkazgan – Beineu railway (new line)":
      "железная дорога Жезказган\u00a0– Бейнеу (новая линия)",
    "Bolashak border station (Kazakhstan – Turkmenistan)":
      "пограничная станция Болашак (Казахстан\u00a0– Туркменистан)",
    "eastern route (Kazakhstan, Turkmenistan, Iran)":
      "восточный маршрут (Казахстан, Туркменистан, Иран)",
    "eastern route (Russia, Kazakhstan, Turkmenistan, Iran)":
      "восточный маршрут (Россия, Казахстан, Туркменистан, Иран)",
    "western route (Azerbaijan)":
      "западный маршрут (Азербайджан)",
    "Urumqi – Dostyk – Brest (through Kazakhstan, Russia and Belarus)":
      "Урумчи\u00a0– Достык\u00a0– Брест (через Казахстан, Россию и Беларусь)",
    "China – Europe block trains via Russia":
      "маршрутные поезда Китай\u00a0– Европа через Россию",
    "China – Kazakhstan – Russia – Belarus – Poland":
      "Китай\u00a0– Казахстан\u00a0– Россия\u00a0– Беларусь\u00a0– Польша",
    "Trans-Afghan railway, Termez – Naibabad – Maidan Shahr – Logar – Kharlachi (planned)":
      "Трансафганская железная дорога, Термез\u00a0– Наибабад\u00a0– Майдан-Шахр\u00a0– Логар\u00a0– Харлачи (проект)",
    "Trans-Afghan railway through Afghanistan (planned)":
      "Трансафганская железная дорога по территории Афганистана (проект)",
    "Trans-Afghan railway (planned)":
      "Трансафганская железная дорога (проект)",
    "Pakistan – Uzbekistan by the Trans-Afghan railway (planned)":
      "Пакистан\u00a0– Узбекистан по Трансафганской железной дороге (проект)",
    "Khaf – Herat railway":
      "железная дорога Хаф\u00a0– Герат",
    "Hairatan – Mazar-i-Sharif railway":
      "железная дорога Хайратон\u00a0– Мазари-Шариф",
    "Chabahar – Zahedan railway (under construction)":
      "железная дорога Чабахар\u00a0– Захедан (строится)",
    "grain terminal":
      "зерновой терминал",
    "three oil berths":
      "три нефтяных причала",
    "container hub":
      "контейнерный узел",
    "railway ferry complex":
      "железнодорожный паромный комплекс",
    "new container terminal":
      "новый контейнерный терминал",
    "phase I of nine":
      "I очередь из девяти",
    "Dostyk – Alashankou rail crossing":
      "железнодорожный переход Достык\u00a0– Алашанькоу",
    "Almaty-1 station":
      "станция Алматы-1",
    "Astana-1 station":
      "станция Астана-1",
  },
};
