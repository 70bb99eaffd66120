package io.govshare.geo.aggregate;

import io.govshare.geo.GeoInputException;
import io.govshare.geo.layer.AdminCode;
import io.govshare.geo.layer.District;
import io.govshare.geo.layer.DistrictLayer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Records without coordinates → districts by their GB/T 2260 code, with the province / prefecture / county
 * hierarchy as totals.
 * <p>
 * Leaf cells are keyed by the code as given (usually a county; a record coded only to a prefecture stays a
 * leaf of that prefecture). Totals have the id {@code <code>*}: {@code 110100*} is 110100 and everything under
 * it, with parent {@code 110000*}. Every leaf's parent is the total of its prefecture (or province), so a
 * total minus its published children is a sum the differencing guard can check.
 */
public final class CodeAggregator {

    public static final String TOTAL_SUFFIX = "*";

    private CodeAggregator() {
    }

    /** Records carrying a 6-digit administrative code (a registration area, a household register). */
    public static Tabulation fromAdminCodes(String name, Iterable<String> codes, DistrictLayer areas) {
        return tabulate(name, codes, AdminCode::of, "malformed administrative code", areas);
    }

    /** Records carrying a 公民身份号码: the county of first registration is in its first six digits. */
    public static Tabulation fromResidentIds(String name, Iterable<String> residentIds, DistrictLayer areas) {
        return tabulate(name, residentIds, AdminCode::fromResidentId, "malformed 公民身份号码", areas);
    }

    private static Tabulation tabulate(String name, Iterable<String> values, Function<String, AdminCode> code,
                                       String malformed, DistrictLayer areas) {
        Map<AdminCode, Long> leaves = new TreeMap<>();
        long input = 0;
        long bad = 0;
        for (String value : values) {
            input++;
            try {
                leaves.merge(code.apply(value), 1L, Long::sum);
            } catch (GeoInputException e) {
                bad++;
            }
        }
        Map<String, Long> totals = new TreeMap<>();
        List<Cell> cells = new ArrayList<>();
        for (Map.Entry<AdminCode, Long> leaf : leaves.entrySet()) {
            AdminCode c = leaf.getKey();
            long n = leaf.getValue();
            AdminCode parent = c.level() == AdminCode.Level.COUNTY ? c.prefecture() : c;
            cells.add(new Cell(c.value(), parent.value() + TOTAL_SUFFIX, n, n, null, area(areas, c)));
            totals.merge(c.province().value(), n, Long::sum);
            if (c.level() != AdminCode.Level.PROVINCE) {
                totals.merge(c.prefecture().value(), n, Long::sum);
            }
        }
        for (Map.Entry<String, Long> total : totals.entrySet()) {
            AdminCode c = AdminCode.of(total.getKey());
            AdminCode parent = c.parent();
            cells.add(new Cell(c.value() + TOTAL_SUFFIX, parent == null ? null : parent.value() + TOTAL_SUFFIX,
                    total.getValue(), total.getValue(), null, area(areas, c)));
        }
        return new Tabulation(name, cells, input, bad == 0 ? Map.of() : Map.of(malformed, bad), false, 0);
    }

    private static org.locationtech.jts.geom.Geometry area(DistrictLayer areas, AdminCode code) {
        if (areas == null) {
            return null;
        }
        District d = areas.district(code);
        return d == null ? null : d.area();
    }
}
