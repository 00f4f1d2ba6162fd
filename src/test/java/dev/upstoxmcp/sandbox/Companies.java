package dev.upstoxmcp.sandbox;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the sandbox's fundamentals say about companies: one entry per equity the demo account holds, and short
 * profiles of their competitors. The business descriptions are plain summaries of public facts; every number
 * (revenue, margins, equity, assets, debt, growth, shareholding, share counts) is invented, chosen only to be of a
 * plausible size for the company, and is not a statement about the real company.
 */
final class Companies {

    /** Sector name to the sector's market capitalisation in INR crore. */
    static final Map<String, Double> SECTOR_MARKET_CAP = Map.ofEntries(
            Map.entry("Refineries", 2_312_480.35),
            Map.entry("Oil Exploration", 498_215.60),
            Map.entry("IT - Software", 3_286_154.20),
            Map.entry("Bank - Private", 4_105_772.85),
            Map.entry("Cigarettes & Tobacco Products", 602_318.40),
            Map.entry("Household & Personal Products", 1_154_236.75),
            Map.entry("Consumer Food", 708_921.05),
            Map.entry("Telecommunication - Service Provider", 1_398_455.10),
            Map.entry("Engineering - Construction", 896_301.65),
            Map.entry("Defence", 812_664.30),
            Map.entry("Pharmaceuticals & Drugs", 1_884_027.30),
            Map.entry("Automobiles - Passenger Cars", 1_012_448.90),
            Map.entry("Automobile Two & Three Wheelers", 689_102.45),
            Map.entry("Power Generation & Distribution", 1_236_880.15),
            Map.entry("Power - Transmission", 301_774.80));

    /** Ratios of a sector as Upstox shows them next to the company's: P/E, P/B, ROA %, ROE %, ROCE %, EV/EBITDA. */
    static final Map<String, double[]> SECTOR_RATIOS = Map.of(
            "Refineries", new double[] {12.46, 1.53, 7.54, 16.46, 16.9, 6.94},
            "IT - Software", new double[] {27.81, 7.92, 17.2, 29.47, 36.35, 18.62},
            "Bank - Private", new double[] {18.9, 2.71, 1.78, 15.36, 7.12, 0},
            "Cigarettes & Tobacco Products", new double[] {24.35, 6.88, 19.4, 27.1, 34.8, 17.3},
            "Household & Personal Products", new double[] {52.6, 11.4, 16.9, 24.8, 31.5, 36.2},
            "Telecommunication - Service Provider", new double[] {38.4, 6.1, 3.9, 15.2, 12.8, 11.6},
            "Engineering - Construction", new double[] {29.7, 4.6, 3.2, 14.1, 15.9, 16.4},
            "Pharmaceuticals & Drugs", new double[] {33.2, 5.3, 11.6, 16.8, 20.4, 22.1},
            "Automobiles - Passenger Cars", new double[] {25.1, 4.4, 8.7, 17.9, 21.3, 14.8},
            "Power Generation & Distribution", new double[] {19.6, 2.9, 3.4, 12.7, 10.9, 10.3});

    /** Percent held at the latest quarter: promoters, FIIs, other DIIs, mutual funds, retail and others. */
    record Holders(double promoters, double fii, double otherDii, double mutualFunds, double retailAndOther) {}

    /**
     * A held company, figures for the year to March 2026 in INR crore.
     *
     * @param sharesCrore     shares outstanding, crore
     * @param faceValue       INR per share
     * @param growth          yearly growth of revenue, equity and assets over the past years
     * @param operatingMargin operating profit (before depreciation) / revenue
     * @param netMargin       net profit / revenue
     * @param competitors     symbols of listed competitors
     */
    record Company(String symbol, String sector, String profile, double sharesCrore, int faceValue, double revenue,
                   double growth, double operatingMargin, double netMargin, double equity, double assets, double debt,
                   Holders holders, List<String> competitors) {

        boolean isBank() {
            return sector.startsWith("Bank");
        }
    }

    /** A competitor's profile: what Upstox's competitors endpoint says about it. */
    record Peer(String symbol, String sector, String profile) {}

    static final List<Company> HELD = List.of(
            new Company("RELIANCE", "Refineries", "Reliance Industries Limited is engaged in the activities of "
                    + "hydrocarbon exploration and production, petroleum refining and marketing, petrochemicals, "
                    + "advanced materials and composites, renewables, retail and digital services.", 1353.2, 10,
                    1_020_000, 0.07, 0.17, 0.07, 840_000, 2_080_000, 350_000,
                    new Holders(50.0, 19.09, 8.62, 9.87, 12.42), List.of("IOC", "BPCL", "ONGC")),
            new Company("TCS", "IT - Software", "Tata Consultancy Services Limited provides IT services, consulting "
                    + "and business solutions, including application development and maintenance, cloud, data and "
                    + "AI services, to clients in banking, retail, manufacturing and other industries worldwide.",
                    361.8, 1, 262_000, 0.06, 0.265, 0.192, 98_000, 158_000, 8_000,
                    new Holders(71.77, 11.48, 4.62, 5.83, 6.3), List.of("INFY", "HCLTECH", "WIPRO", "TECHM")),
            new Company("HDFCBANK", "Bank - Private", "HDFC Bank Limited is a private-sector bank offering retail and "
                    + "wholesale banking, treasury, credit cards, home loans and other financial services through a "
                    + "nationwide branch network.", 765.4, 1, 345_000, 0.09, 0.30, 0.21, 520_000, 4_050_000, 0,
                    new Holders(0, 48.61, 12.18, 24.11, 15.1),
                    List.of("ICICIBANK", "KOTAKBANK", "AXISBANK", "INDUSINDBK")),
            new Company("INFY", "IT - Software", "Infosys Limited provides consulting, technology, outsourcing and "
                    + "digital services, including cloud, data analytics and engineering services, to enterprises "
                    + "across industries.", 415.2, 5, 170_500, 0.055, 0.24, 0.165, 92_000, 145_000, 9_000,
                    new Holders(14.43, 31.22, 10.79, 21.29, 22.27), List.of("TCS", "HCLTECH", "WIPRO", "TECHM")),
            new Company("ICICIBANK", "Bank - Private", "ICICI Bank Limited is a private-sector bank providing retail, "
                    + "corporate and treasury banking, and through subsidiaries life and general insurance, asset "
                    + "management and securities broking.", 713.5, 2, 285_000, 0.11, 0.31, 0.195, 330_000,
                    2_680_000, 0, new Holders(0, 45.13, 13.87, 29.61, 11.39),
                    List.of("HDFCBANK", "KOTAKBANK", "AXISBANK", "INDUSINDBK")),
            new Company("ITC", "Cigarettes & Tobacco Products", "ITC Limited is a conglomerate with businesses in "
                    + "cigarettes, packaged foods and other FMCG products, paperboards and packaging, and "
                    + "agri-business.", 1251.4, 1, 82_500, 0.06, 0.36, 0.25, 76_000, 95_000, 300,
                    new Holders(0, 40.52, 22.08, 13.38, 24.02),
                    List.of("HINDUNILVR", "TATACONSUM", "BRITANNIA", "DABUR")),
            new Company("HINDUNILVR", "Household & Personal Products", "Hindustan Unilever Limited makes and sells "
                    + "home care, beauty and personal care, and foods and refreshment products.", 235.0, 1, 64_800,
                    0.04, 0.235, 0.16, 51_000, 82_000, 1_200, new Holders(61.9, 10.82, 6.31, 6.37, 14.6),
                    List.of("ITC", "DABUR", "BRITANNIA", "TATACONSUM")),
            new Company("BHARTIARTL", "Telecommunication - Service Provider", "Bharti Airtel Limited provides mobile, "
                    + "broadband, enterprise connectivity and digital TV services in India and mobile services in "
                    + "Africa.", 609.8, 5, 192_000, 0.12, 0.52, 0.13, 138_000, 540_000, 205_000,
                    new Holders(51.26, 24.81, 5.12, 12.21, 6.6), List.of("IDEA")),
            new Company("LT", "Engineering - Construction", "Larsen & Toubro Limited executes engineering, "
                    + "procurement and construction projects in infrastructure, energy, hydrocarbons and defence, "
                    + "and offers IT and financial services through subsidiaries.", 137.5, 2, 275_000, 0.12, 0.105,
                    0.061, 105_000, 390_000, 125_000, new Holders(0, 19.64, 20.48, 21.19, 38.69),
                    List.of("BEL", "HAL")),
            new Company("SUNPHARMA", "Pharmaceuticals & Drugs", "Sun Pharmaceutical Industries Limited makes and "
                    + "markets specialty and generic medicines and active pharmaceutical ingredients in India, the "
                    + "US and other markets.", 239.9, 1, 56_500, 0.09, 0.28, 0.19, 78_000, 102_000, 2_500,
                    new Holders(54.48, 17.23, 9.11, 10.58, 8.6), List.of("CIPLA", "DIVISLAB")),
            new Company("MARUTI", "Automobiles - Passenger Cars", "Maruti Suzuki India Limited makes and sells "
                    + "passenger cars, utility vehicles and vans, and their spare parts, in India and for export.",
                    31.44, 5, 162_000, 0.08, 0.13, 0.092, 98_000, 138_000, 100,
                    new Holders(58.28, 15.07, 10.24, 12.61, 3.8),
                    List.of("M&M", "TATAMOTORS", "EICHERMOT", "HEROMOTOCO")),
            new Company("TATAPOWER", "Power Generation & Distribution", "The Tata Power Company Limited generates, "
                    + "transmits and distributes electricity from thermal, hydro, solar and wind plants and makes "
                    + "solar cells and modules.", 319.5, 1, 66_000, 0.08, 0.20, 0.063, 42_000, 162_000, 52_000,
                    new Holders(46.86, 9.43, 6.81, 7.47, 29.43), List.of("NTPC", "POWERGRID", "NHPC")));

    static final Map<String, Company> HELD_BY_SYMBOL = HELD.stream()
            .collect(Collectors.toUnmodifiableMap(Company::symbol, Function.identity()));

    /** Competitors that the account does not hold. */
    static final List<Peer> PEERS = List.of(
            new Peer("IOC", "Refineries", "Indian Oil Corporation Limited refines crude oil and markets petroleum "
                    + "products, and has pipelines, petrochemicals and gas businesses."),
            new Peer("BPCL", "Refineries", "Bharat Petroleum Corporation Limited refines crude oil and markets fuels, "
                    + "LPG and lubricants through a nationwide retail network."),
            new Peer("ONGC", "Oil Exploration", "Oil and Natural Gas Corporation Limited explores for and produces "
                    + "crude oil and natural gas in India and abroad."),
            new Peer("HCLTECH", "IT - Software", "HCL Technologies Limited provides IT and engineering services and "
                    + "software products to enterprises worldwide."),
            new Peer("WIPRO", "IT - Software", "Wipro Limited provides IT, consulting and business process services "
                    + "to clients worldwide."),
            new Peer("TECHM", "IT - Software", "Tech Mahindra Limited provides IT, network and business process "
                    + "services, with a large telecom client base."),
            new Peer("KOTAKBANK", "Bank - Private", "Kotak Mahindra Bank Limited offers banking, and through "
                    + "subsidiaries broking, asset management and insurance."),
            new Peer("AXISBANK", "Bank - Private", "Axis Bank Limited is a private-sector bank serving retail, "
                    + "corporate and SME customers."),
            new Peer("INDUSINDBK", "Bank - Private", "IndusInd Bank Limited is a private-sector bank with consumer "
                    + "finance, vehicle loans and corporate banking."),
            new Peer("TATACONSUM", "Consumer Food", "Tata Consumer Products Limited sells tea, coffee, salt, pulses "
                    + "and other packaged foods and beverages."),
            new Peer("BRITANNIA", "Consumer Food", "Britannia Industries Limited makes biscuits, bread, cakes and "
                    + "dairy products."),
            new Peer("DABUR", "Household & Personal Products", "Dabur India Limited makes ayurvedic health care, "
                    + "personal care and food products."),
            new Peer("IDEA", "Telecommunication - Service Provider", "Vodafone Idea Limited provides mobile voice "
                    + "and data services across India."),
            new Peer("BEL", "Defence", "Bharat Electronics Limited makes defence electronics: radars, communication "
                    + "and electronic-warfare systems."),
            new Peer("HAL", "Defence", "Hindustan Aeronautics Limited designs, makes and maintains military "
                    + "aircraft, helicopters and aero engines."),
            new Peer("CIPLA", "Pharmaceuticals & Drugs", "Cipla Limited makes generic medicines, with a strong "
                    + "respiratory portfolio, for India, the US and Africa."),
            new Peer("DIVISLAB", "Pharmaceuticals & Drugs", "Divi's Laboratories Limited makes active "
                    + "pharmaceutical ingredients and custom-synthesised compounds."),
            new Peer("M&M", "Automobiles - Passenger Cars", "Mahindra & Mahindra Limited makes utility vehicles, "
                    + "tractors and commercial vehicles."),
            new Peer("TATAMOTORS", "Automobiles - Passenger Cars", "Tata Motors Limited makes passenger and "
                    + "commercial vehicles, including electric cars, and owns Jaguar Land Rover."),
            new Peer("EICHERMOT", "Automobile Two & Three Wheelers", "Eicher Motors Limited makes Royal Enfield "
                    + "motorcycles and, in a joint venture, trucks and buses."),
            new Peer("HEROMOTOCO", "Automobile Two & Three Wheelers", "Hero MotoCorp Limited makes motorcycles and "
                    + "scooters."),
            new Peer("NTPC", "Power Generation & Distribution", "NTPC Limited is India's largest power generator, "
                    + "with coal, gas, hydro and renewable plants."),
            new Peer("POWERGRID", "Power - Transmission", "Power Grid Corporation of India Limited builds and "
                    + "operates inter-state power transmission lines."),
            new Peer("NHPC", "Power Generation & Distribution", "NHPC Limited develops and operates hydroelectric "
                    + "power stations."));

    private Companies() {}

    /** The competitor profile of any symbol, held or not. */
    static Peer peer(String symbol) {
        Company held = HELD_BY_SYMBOL.get(symbol);
        if (held != null) return new Peer(symbol, held.sector(), held.profile());
        return PEERS.stream().filter(peer -> peer.symbol().equals(symbol)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no profile for " + symbol));
    }
}
