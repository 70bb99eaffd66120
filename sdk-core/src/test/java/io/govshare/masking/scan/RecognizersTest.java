package io.govshare.masking.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecognizersTest {

    private static final SensitiveDataScanner SCANNER = SensitiveDataScanner.chinese();

    /** "TYPE matched-text" for each match, in order. */
    static List<String> found(String text) {
        return found(SCANNER, text, ScanContext.NONE);
    }

    static List<String> foundInField(String field, String value) {
        return found(SCANNER, value, ScanContext.field(field));
    }

    static List<String> found(SensitiveDataScanner scanner, String text, ScanContext context) {
        return scanner.scanText(text, context).stream()
                .map(m -> m.type() + " " + text.substring(m.start(), m.end())).toList();
    }

    private static Match only(String field, String value) {
        List<Match> matches = SCANNER.scanText(value, ScanContext.field(field));
        assertEquals(1, matches.size(), matches.toString());
        return matches.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "11010519491231002X|RESIDENT_ID 11010519491231002X",
            "440524188001010014|RESIDENT_ID 440524188001010014",
            "申请人身份证号11010519491231002x，请核对|RESIDENT_ID 11010519491231002x",
            "ID:34052419800101001X;|RESIDENT_ID 34052419800101001X",
            "证件号码：１１０１０５１９４９１２３１００２Ｘ。|RESIDENT_ID １１０１０５１９４９１２３１００２Ｘ"})
    void findsResidentIdsWithTheRightCheckCharacterAnywhere(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "110105194912310021",     // wrong check character, no context
            "11010519491331002X",     // month 13
            "11010519490229002X",     // 29 February 1949
            "11010520991231002X",     // born in the future
            "5***************1X",     // masked, keep first 1 last 2
            "110105********002X"})    // masked, keep first 6 last 4
    void doesNotReportWhatIsNotARawResidentId(String text) {
        assertTrue(SCANNER.scanText(text).stream().noneMatch(m -> m.type().equals(EntityType.RESIDENT_ID)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00440524188001010014", "44052418800101001400", "身份证号044052418800101001400"})
    void findsNothingInADigitRunLongerThanAnyIdentifier(String text) {
        assertEquals(List.of(), found(text));
    }

    @Test
    void reportsAMistypedResidentIdInAnIdFieldButSaysTheCheckFailed() {
        Match match = only("公民身份号码", "110105194912310021");
        assertEquals(EntityType.RESIDENT_ID, match.type());
        assertEquals(0.65, match.score(), 1e-9);
        assertEquals(Set.of(Evidence.PATTERN, Evidence.CHECKSUM_FAILED, Evidence.FIELD_NAME), match.evidence());
    }

    @Test
    void aPassingCheckAndContextWordsRaiseTheScore() {
        Match bare = SCANNER.scanText("11010519491231002X").get(0);
        Match nearWord = SCANNER.scanText("身份证：11010519491231002X").get(0);
        assertEquals(0.9, bare.score(), 1e-9);
        assertEquals(Set.of(Evidence.PATTERN, Evidence.CHECKSUM), bare.evidence());
        assertEquals(1.0, nearWord.score(), 1e-9);
        assertTrue(nearWord.evidence().contains(Evidence.CONTEXT));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "91512081MA62K0260E|CREDIT_CODE 91512081MA62K0260E",
            "统一社会信用代码：91512081MA62K0260E。|CREDIT_CODE 91512081MA62K0260E",
            "统一社会信用代码91512081MA62K0260F|CREDIT_CODE 91512081MA62K0260F"}) // fails the check, has context
    void findsCreditCodes(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91512081MA62K0260F", "X91512081MA62K0260E", "91512081MA62K0260EQ", "91512081MA62K0260I"})
    void doesNotReportCreditCodesThatFailTheCheckOrRunOn(String text) {
        assertEquals(List.of(), found(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13812345678|MOBILE 13812345678",
            "请拨打13812345678联系张先生|MOBILE 13812345678",
            "手机：+86 138 1234 5678。|MOBILE +86 138 1234 5678",
            "电话86-139-1234-5678|MOBILE 86-139-1234-5678",
            "（＋８６）１３８-1234-5678，|MOBILE １３８-1234-5678",
            "联系方式：19912345678；邮箱略|MOBILE 19912345678"})
    void findsMobileNumbersInFreeText(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "138123456789", "订单213812345678", "138****5678", "138 1234 567"})
    void doesNotReportWhatIsNotAMobileNumber(String text) {
        assertEquals(List.of(), found(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "010-62345678|LANDLINE 010-62345678",
            "咨询(0755)88889999|LANDLINE (0755)88889999",
            "（021）62345678|LANDLINE （021）62345678",
            "0571 87654321|LANDLINE 0571 87654321",
            "电话01062345678|LANDLINE 01062345678"})   // run together: needs the context word
    void findsLandlines(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01062345678", "010-6234567890", "010-6234", "010-12345678"})
    void doesNotReportLandlinesWithoutSeparatorOrContextOrWithAWrongLocalNumber(String text) {
        assertEquals(List.of(), found(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "银行卡号：6222021234567890128|BANK_CARD 6222021234567890128",
            "卡号 4111 1111 1111 1111，|BANK_CARD 4111 1111 1111 1111",
            "开户行账号6222-0212-3456-7890-128|BANK_CARD 6222-0212-3456-7890-128"})
    void findsBankCardsWithContext(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"6222021234567890128", "卡号：4111111111111112", "卡号 1101 **** **** **** 3256"})
    void doesNotReportBankCardsWithoutContextOrFailingLuhn(String text) {
        assertEquals(List.of(), found(text));
    }

    @Test
    void scoresALuhnDigitRunWithoutContextUnderTheDefaultMinimum() {
        SensitiveDataScanner lenient = SensitiveDataScanner.builder().add(Recognizers.chinese()).minScore(0.4).build();
        assertEquals(List.of("BANK_CARD 6222021234567890128"),
                found(lenient, "6222021234567890128", ScanContext.NONE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zhang.san@example.com.cn|EMAIL zhang.san@example.com.cn",
            "联系邮箱：li_si+gov@mail.gd.gov.cn。|EMAIL li_si+gov@mail.gd.gov.cn",
            "发至ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ即可|EMAIL ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ"})
    void findsEmailAddresses(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"user@localhost", "@example.com", "d*************@gmail.com.cn", "a@b.c"})
    void doesNotReportWhatIsNotAnEmailAddress(String text) {
        assertEquals(List.of(), found(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "京A12345|LICENCE_PLATE 京A12345",
            "车牌号为粤B·D12345的车辆|LICENCE_PLATE 粤B·D12345",
            "沪AF12345|LICENCE_PLATE 沪AF12345",
            "苏D40000挂车|LICENCE_PLATE 苏D40000"})
    void findsLicencePlates(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"苏D4***0", "京A1234", "京I12345", "京A123456789"})
    void doesNotReportWhatIsNotALicencePlate(String text) {
        assertEquals(List.of(), found(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "姓名|段正淳|CHINESE_NAME 段正淳",
            "法定代表人|欧阳娜娜|CHINESE_NAME 欧阳娜娜",
            "联系人| 阿依古丽·买买提 |CHINESE_NAME 阿依古丽·买买提",
            "备注|姓名：张三，性别：男|CHINESE_NAME 张三",
            "备注|申请人 李四丰提交了材料|CHINESE_NAME 李四丰"})
    void findsNamesWithContext(String field, String value, String expected) {
        assertEquals(List.of(expected), foundInField(field, value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "姓名|段**",
            "联系人|王女士",
            "备注|请拨打0571-87654321联系张先生",
            "备注|申请人：张某某",
            "备注|户主关系：本人",
            "备注|张伟",
            "单位名称|北京市规划和自然资源委员会"})
    void doesNotReportNamesWithoutContextOrThatIdentifyNoOne(String field, String value) {
        assertTrue(SCANNER.scanText(value, ScanContext.field(field)).stream()
                .noneMatch(m -> m.type().equals(EntityType.CHINESE_NAME)), value);
    }

    @Test
    void scoresABareNameLikeValueLow() {
        SensitiveDataScanner lenient = SensitiveDataScanner.builder().add(Recognizers.chinese()).minScore(0.3).build();
        assertEquals(List.of("CHINESE_NAME 张伟"), found(lenient, "张伟", ScanContext.field("备注")));
        assertEquals(0.6, only("姓名", "卫青").score() - 0.25, 1e-9, "卫 is a known surname: 0.85");
        assertEquals(0.6, only("姓名", "龘靐").score(), 1e-9, "no known surname: the field alone");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "北京市海淀区马连洼街道289号|ADDRESS 北京市海淀区马连洼街道289号",
            "住址：广东省深圳市南山区科技园路1号3栋501室，邮编略|ADDRESS 广东省深圳市南山区科技园路1号3栋501室",
            "和平里5-2-301室|ADDRESS 和平里5-2-301室"})
    void findsStreetAddressesDownToTheHouse(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"北京市海淀区马********", "国发〔2020〕5号", "乘坐地铁2号线", "粤公网安备44030502008569号", "北京市海淀区"})
    void doesNotReportWhatIsNotAStreetAddress(String text) {
        assertEquals(List.of(), found(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "192.168.1.100|IPV4 192.168.1.100",
            "服务器IP：10.0.0.1。|IPV4 10.0.0.1",
            "护照号码：E12345678|PASSPORT E12345678",
            "passport EA1234567|PASSPORT EA1234567"})
    void findsIpAddressesAndPassports(String text, String expected) {
        assertEquals(List.of(expected), found(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3.4.5", "192.*.*.*", "E12345678"})
    void doesNotReportBadIpAddressesOrPassportsWithoutContext(String text) {
        assertEquals(List.of(), found(text));
    }

    @Test
    void findsSeveralTypesInOneSentenceWithFullWidthPunctuation() {
        String text = "经核查，当事人身份证号１１０１０５１９４９１２３１００２Ｘ，手机（１３８）１２３４－５６７８无效；"
                + "改用13912345678，邮箱ｚｓ＠ｅｘａｍｐｌｅ．ｃｎ。";
        assertEquals(List.of("RESIDENT_ID １１０１０５１９４９１２３１００２Ｘ", "MOBILE 13912345678",
                "EMAIL ｚｓ＠ｅｘａｍｐｌｅ．ｃｎ"), found(text));
    }

    @Test
    void everyBuiltInTypeHasOneRecognizerInOrder() {
        assertEquals(EntityType.builtIn(), Recognizers.chinese().stream().map(Recognizer::type).toList());
    }
}
