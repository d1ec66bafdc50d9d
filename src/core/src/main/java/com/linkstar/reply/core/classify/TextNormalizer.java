package com.linkstar.reply.core.classify;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text so that rules match regardless of width, case, accents and Chinese script: "Rückerstattung",
 * "RUCKERSTATTUNG" and "ruckerstattung" are the same to a rule, and so are 退貨 and 退货. Kana voicing marks are kept, because stripping them changes Japanese words.
 */
public final class TextNormalizer {

    private static final Pattern LATIN_DIACRITICS = Pattern.compile("[\\u0300-\\u036f]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * Traditional Chinese characters common in buyer messages and their simplified forms: folding them lets one set of
     * simplified-Chinese rules (and one model vocabulary) read both scripts.
     */
    private static final String TRADITIONAL = "貨發還沒訂單換壞質問題說書麼謝師訴電燙傷評體錯號錢運遞郵費帳東買賣個們這裡裏為會時間經讓給從來對產現顯簽聯繫絡總開關門機當與樣種點後幫處擊煙損實際應該嗎請碼顏國內滿覺長變邊過進遲鐘錶線車輸轉據價銀協權護險緊氣憤騙壓圖網話語聽讀寫詢諮資訊設裝連結藍紅綠黃雙褲爛滾罵幹媽錄註冊戶帶領選擇優專業廠標準測試驗營衛療醫藥災燒熱溫爐燈鏡鍋頭螢觸癢腫診斷壽級維稱讚負聲稅類項數額誤遺達區縣鄉鎮築樓層戲態夠儘兒雖歡樂亂廢騷擾詐偽衝動絕緒濕髒舊蓋齊壺鑰鎖櫃簾墊襪腳鬆輕貴賠償補擔擬夢傳佈導記憑證議戰鬥訟審執謂愛歲顧務誠懇謹釋辦續驟條貼絲纜軟韌響獎勵腦筆齒輪軌鋼鐵銅鋁膠彎漬閃爍沖";
    private static final String SIMPLIFIED = "货发还没订单换坏质问题说书么谢师诉电烫伤评体错号钱运递邮费账东买卖个们这里里为会时间经让给从来对产现显签联系络总开关门机当与样种点后帮处击烟损实际应该吗请码颜国内满觉长变边过进迟钟表线车输转据价银协权护险紧气愤骗压图网话语听读写询咨资讯设装连结蓝红绿黄双裤烂滚骂干妈录注册户带领选择优专业厂标准测试验营卫疗医药灾烧热温炉灯镜锅头萤触痒肿诊断寿级维称赞负声税类项数额误遗达区县乡镇筑楼层戏态够尽儿虽欢乐乱废骚扰诈伪冲动绝绪湿脏旧盖齐壶钥锁柜帘垫袜脚松轻贵赔偿补担拟梦传布导记凭证议战斗讼审执谓爱岁顾务诚恳谨释办续骤条贴丝缆软韧响奖励脑笔齿轮轨钢铁铜铝胶弯渍闪烁冲";

    /** TRADITIONAL[i] maps to SIMPLIFIED[i]; a table indexed by the character, so folding costs one lookup a character. */
    private static final char[] TO_SIMPLIFIED = new char[0x10000];

    static {
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            TO_SIMPLIFIED[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
        }
    }

    private TextNormalizer() {
    }

    private static String simplified(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char simple = TO_SIMPLIFIED[c];
            if (simple != 0) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, simple);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The fold of each single character of the common scripts (Latin, punctuation, kana, CJK, full width forms), or 0
     * where a character's fold depends on its neighbours or is not one character: such texts take the full path.
     */
    private static final char[] FOLDED = new char[0x10000];

    static {
        int[][] ranges = {{0x20, 0x250}, {0x2000, 0x2070}, {0x3000, 0x3100}, {0x4E00, 0xA000}, {0xFF00, 0xFFF0}};
        for (int[] range : ranges) {
            for (int c = range[0]; c < range[1]; c++) {
                String folded = foldCharacters(String.valueOf((char) c));
                if (folded.length() == 1) {
                    FOLDED[c] = folded.charAt(0);
                }
            }
        }
        for (char c : "\t\n\u000B\f\r".toCharArray()) {
            FOLDED[c] = c;
        }
        // combining voiced sound marks join the kana before them
        for (char c : new char[] {'\u3099', '\u309A', '\u309B', '\u309C', '\uFF9E', '\uFF9F'}) {
            FOLDED[c] = 0;
        }
    }

    public static String fold(String text) {
        // one table lookup a character for the common case: folding is on the path of every classification
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char folded = FOLDED[text.charAt(i)];
            if (folded == 0) {
                return foldSlowly(text);
            }
            if (isWhitespace(folded)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(folded);
            }
        }
        return out.toString();
    }

    /** The definition of folding; {@link #fold} gives the same result faster for the common scripts. */
    static String foldSlowly(String text) {
        return WHITESPACE.matcher(foldCharacters(text)).replaceAll(" ").trim();
    }

    private static String foldCharacters(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(compatible, Normalizer.Form.NFD);
        String stripped = LATIN_DIACRITICS.matcher(decomposed).replaceAll("");
        String recomposed = Normalizer.normalize(stripped, Normalizer.Form.NFC)
                .replace('’', '\'')
                .replace('ß', 's');
        return simplified(recomposed);
    }

    /** The characters {@code \\s} matches. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
