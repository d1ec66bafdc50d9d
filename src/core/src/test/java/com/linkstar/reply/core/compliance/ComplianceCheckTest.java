package com.linkstar.reply.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkstar.reply.core.model.Channel;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ComplianceCheckTest {

    private final ComplianceCheck check = ComplianceCheck.bundled();

    private List<String> rules(String channel, String lang, String text, Map<String, Object> facts) {
        return check.check(Channel.fromWireName(channel), text.replace("\\n", "\n"), lang, new OrderFacts(facts)).stream()
                .map(Finding::rule).distinct().sorted().toList();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            amazon  | en | Hello, you can reach us at support at gmail dot com.                        | email
            amazon  | en | Hello, please write to service(at)gmx.de and we will help.                  | email
            shopify | en | Hello, please write to service@myshop.com and we will help.                 | -
            amazon  | en | Hello, call us on +44 20 7946 0958 any time.                                | phone
            amazon  | en | Hello, your order 302-1234567-1234567 is being checked.                      | -
            amazon  | en | Hello, see www.myshop.com for the manual.                                   | url
            amazon  | en | Hello, the manual is on amazon.co.uk under the product page.                | -
            ebay    | en | Hello, the manual is on amazon.co.uk under the product page.                | url
            amazon  | en | Hello, the guide is at amazon.evil-site.com, please have a look.            | url
            shopee  | en | Hello, add me on WeChat: shop_88 so we can talk.                            | messaging_handle
            amazon  | en | Hello, we will check with the carrier and come back to you. 😊               | emoji
            shopee  | en | Hello, we will check with the carrier and come back to you. 😊               | -
            amazon  | en | Hello,\\n\\n\\nwe will check with the carrier and come back to you.          | line_breaks
            amazon  | en | Hello,\\n\\nwe will check with the carrier and come back to you.              | -
            amazon  | en | Hello, if you are happy, please leave us a 5-star review!                    | review_solicitation
            amazon  | en | Hello, you are welcome to leave feedback about your experience.              | -
            amazon  | en | Hello, our 5-star rated packaging keeps the glass safe.                      | -
            amazon  | en | Hello, we will send you a $10 gift card for an honest review.                | review_solicitation
            amazon  | en | Hello, use code SAVE10 for 10% off your next order.                          | marketing
            amazon  | en | Hello, it is cheaper if you order directly from our website.                | off_platform
            amazon  | de | Hallo, wir haben Ihnen den Betrag erstattet.                                 | unconfirmed_promise
            amazon  | de | Hallo, wir prüfen Ihre Erstattung und melden uns.                            | -
            amazon  | en | Hello, a replacement is on its way to you.                                   | unconfirmed_promise
            amazon  | en | Hello, once we receive the item we will review it.                           | -
            amazon  | en | Hello, your order was shipped with DHL yesterday.                            | unconfirmed_fact
            amazon  | en | Hello, we are checking your order and will reply shortly.                    | language_mismatch
            amazon  | ja | ご連絡ありがとうございます。配送状況を確認いたします。                              | -
            amazon  | zh | ご連絡ありがとうございます。配送状況を確認いたします。                              | language_mismatch
            """)
    void should_flag_what_the_channel_forbids_and_nothing_else(String channel, String lang, String text, String expected) {
        String buyerLanguage = expected.equals("language_mismatch") && lang.equals("en") ? "de" : lang;
        assertThat(rules(channel, buyerLanguage, text, Map.of())).containsExactlyElementsOf(expected.equals("-") ? List.of() : List.of(expected));
    }

    /**
     * Indirect wording, one violating draft and its clean twin per family (the same meaning confirmed by the facts,
     * decided by someone else, asked as "whether", or on a channel where the rule does not apply). Facts are
     * "key=value;…" with true/false read as booleans; "-" for none. None of these sentences is in a corpus.
     */
    @ParameterizedTest(name = "{0} {1}: {2} [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            amazon      | en | Good news: you'll get the money back before the weekend.                      | -                                    | unconfirmed_promise
            amazon      | en | Good news: you'll get the money back before the weekend.                      | refund_issued=true                   | -
            amazon      | en | We'll check whether the money can go back to your card before the weekend.    | -                                    | -
            amazon      | de | Den Kaufpreis bekommen Sie selbstverständlich von uns zurück.                  | -                                    | unconfirmed_promise
            amazon      | de | Wir prüfen, ob der Kaufpreis zurück auf Ihr Konto gehen kann.                  | -                                    | -
            amazon      | de | Sie bekommen Ihr Geld leider nicht zurück, solange das Paket unterwegs ist.     | shipped=true                         | -
            ebay        | fr | La différence vous revient dès demain.                                         | -                                    | unconfirmed_promise
            ebay        | fr | Nous vérifions si la différence vous revient.                                  | -                                    | -
            aliexpress  | zh | 差价今天就退回给您。                                                              | -                                    | unconfirmed_promise
            aliexpress  | zh | 差价能不能退回，我们核实后告诉您。                                                   | -                                    | -
            amazon      | ja | 差額は明日までにお戻しいたします。                                                   | -                                    | unconfirmed_promise
            amazon      | ja | 差額をお戻しできるかどうか確認いたします。                                            | -                                    | -
            ebay        | it | Consideralo pure rimborsato.                                                   | -                                    | unconfirmed_promise
            ebay        | it | Consideralo pure rimborsato.                                                   | refund_issued=true                   | -
            amazon      | en | Consider the order refunded once Amazon approves the return.                   | -                                    | -
            tiktok-us   | en | A new pair is on the house, so keep the old one.                               | -                                    | unconfirmed_promise
            tiktok-us   | en | A new pair is on the house, so keep the old one.                               | replacement_shipped=true             | -
            amazon      | es | La pieza que falta no es problema: se la mandamos mañana.                      | delivered=true                       | unconfirmed_promise
            amazon      | es | Si falta una pieza, envíenos una foto y lo revisamos.                          | delivered=true                       | -
            amazon      | de | Die fehlenden Schrauben schicken wir Ihnen heute noch.                         | delivered=true                       | unconfirmed_promise
            amazon      | de | Fehlen Schrauben? Bitte schicken Sie uns ein Foto.                             | delivered=true                       | -
            shopify     | en | Sorry about that, your next order is on us.                                    | -                                    | unconfirmed_promise
            shopify     | en | Whether your next order can be on us is for our manager to decide.             | -                                    | -
            amazon      | es | Para compensar la espera, le incluiremos un regalito en la caja.               | shipped=false                        | unconfirmed_promise
            amazon      | es | Lamentamos la espera; le avisaremos en cuanto salga el paquete.                | shipped=false                        | -
            shopee      | en | Your return is good to go, just print the label we sent.                       | -                                    | unconfirmed_promise
            shopee      | en | If the return is approved, the label will appear in the app.                   | -                                    | -
            amazon-atoz | fr | Votre retour est accepté, l'étiquette suit.                                    | -                                    | unconfirmed_promise
            amazon-atoz | fr | Si le retour est accepté, l'étiquette apparaîtra dans votre compte.            | -                                    | -
            amazon      | ja | 返品用のラベルを本日お送りします。                                                  | -                                    | unconfirmed_promise
            amazon      | ja | 返品が承認された場合、ラベルは注文履歴に表示されます。                                   | -                                    | -
            amazon      | it | Visto che non l'ha ricevuto Le rimborsiamo tutto.                              | -                                    | unconfirmed_promise
            ebay        | en | Some kind words on the listing would help our small shop.                      | delivered=true                       | review_solicitation
            ebay        | en | Thank you for your kind words about the listing photos.                        | delivered=true                       | -
            amazon      | en | Could you put what you told us into your review?                               | delivered=true                       | review_solicitation
            shopify     | en | Could you put what you told us into your review?                               | delivered=true                       | -
            ebay        | fr | N'oubliez pas les étoiles, ça nous aide.                                        | delivered=true                       | review_solicitation
            ebay        | fr | Merci pour les étoiles, ça nous aide.                                           | delivered=true                       | -
            ebay        | it | Se sei soddisfatto, lasciaci le stelline.                                      | delivered=true                       | review_solicitation
            ebay        | it | Qualunque sia la tua esperienza, puoi lasciare un feedback.                    | delivered=true                       | -
            tiktok-us   | es | Cuéntales a los demás compradores qué tal te queda.                            | delivered=true                       | review_solicitation
            tiktok-us   | es | Cuéntanos si los otros tornillos encajan.                                      | delivered=true                       | -
            lazada      | en | Now that it works, could you take another look at your rating?                 | -                                    | review_solicitation
            lazada      | en | Now that it works, take another look at the manual, page 4.                    | -                                    | -
            amazon      | en | We hope the delay won't affect your rating.                                     | shipped=true                         | review_solicitation
            amazon      | en | Opening a return doesn't affect your rating.                                   | -                                    | -
            lazada      | zh | 您的好评对我们很重要！                                                              | delivered=true                       | review_solicitation
            lazada      | zh | 好评差评我们都会认真看。                                                             | delivered=true                       | -
            amazon      | en | Tip: our cleaning kit is on sale in our Amazon store this week.                | -                                    | marketing
            shopify     | en | Tip: our cleaning kit is on sale in our store this week.                       | -                                    | -
            amazon      | es | Le enviaremos un cupón de 5 € por las molestias.                               | -                                    | unconfirmed_promise
            aliexpress  | en | Many customers also buy the matching lid.                                      | -                                    | marketing
            aliexpress  | en | Many customers ask about the lid; it fits all sizes.                           | -                                    | -
            ebay        | en | We've just listed a travel version of it.                                      | -                                    | marketing
            ebay        | en | We've just added a note to your order.                                         | -                                    | -
            tiktok-sea  | en | Save our shop so you don't miss the refills.                                   | -                                    | marketing
            shopify     | en | Save our shop so you don't miss the refills.                                   | -                                    | -
            amazon      | en | Leave a 5-star review and we'll add a free gift to your next order.            | -                                    | marketing,review_solicitation
            shopify     | en | Leave a 5-star review and we'll add a free gift to your next order.            | -                                    | review_solicitation
            amazon      | en | Order through our site next time and skip the fees.                            | -                                    | off_platform
            shopify     | en | Order through our site next time and skip the fees.                            | -                                    | -
            aliexpress  | fr | Pour les grosses quantités, écrivez-nous hors de l'appli.                      | -                                    | off_platform
            aliexpress  | fr | Pour les grosses quantités, écrivez-nous ici dans l'appli.                     | -                                    | -
            tiktok-us   | en | Search our brand on Google to find the bundle for less.                        | -                                    | off_platform
            amazon      | ja | 当店のホームページからもご注文いただけます。                                             | -                                    | off_platform
            amazon      | ja | Amazonの注文履歴から再度ご購入いただけます。                                            | -                                    | -
            amazon      | de | Stornieren Sie einfach, dann schicken wir es Ihnen auf Rechnung.               | -                                    | off_platform
            amazon      | de | Sie können die Bestellung unter „Meine Bestellungen“ stornieren.               | -                                    | -
            amazon      | en | Your parcel left our warehouse this morning.                                   | -                                    | unconfirmed_fact
            amazon      | en | Your parcel left our warehouse this morning.                                   | shipped=true                         | -
            ebay        | en | It's in DHL's hands now.                                                       | -                                    | unconfirmed_fact
            ebay        | en | It's in DHL's hands now.                                                       | shipped=true;carrier=DHL             | -
            amazon      | en | The courier left it with your neighbour yesterday.                             | shipped=true                         | unconfirmed_fact
            amazon      | en | The courier left it with your neighbour yesterday.                             | shipped=true;delivered=true          | -
            amazon      | it | Il pacco è partito il 16 novembre e arriverà il 19 novembre.                   | shipped=true;shipped_at=2026-11-16;estimated_delivery=2026-11-19 | -
            amazon      | it | Il pacco è partito il 16 novembre e arriverà il 19 novembre.                   | shipped=true;shipped_at=2026-11-16;estimated_delivery=2026-11-20 | unconfirmed_fact
            tiktok-sea  | en | A refund of SGD 12.50 was issued today.                                        | refund_issued=true;refund_amount=12.50 | -
            tiktok-sea  | en | A refund of SGD 15.00 was issued today.                                        | refund_issued=true;refund_amount=12.50 | unconfirmed_fact
            shopee      | en | Your order hasn't been handed to the courier yet.                               | shipped=false                        | -
            amazon      | en | No worries, we'll get the money back to you by Monday.                         | -                                    | unconfirmed_promise
            amazon      | en | You can get your money back through the A-to-z Guarantee if it doesn't arrive.  | -                                    | -
            amazon      | en | We'll send it again tomorrow.                                                  | shipped=true                         | unconfirmed_promise
            amazon      | en | If the fault is confirmed, we'll send it again.                                | shipped=true                         | -
            amazon      | en | We'll send you a new tracking number as soon as we have it.                    | shipped=true                         | -
            amazon      | de | Falls die Rücksendung genehmigt wird, erhalten Sie den Betrag zurück.          | -                                    | -
            amazon      | de | Wir schicken es Ihnen noch einmal.                                             | shipped=true                         | unconfirmed_promise
            amazon      | fr | On vous renvoie un colis complet dès demain.                                   | shipped=true                         | unconfirmed_promise
            amazon      | fr | Nous vous renvoyons le lien de suivi.                                          | shipped=true                         | -
            amazon      | es | Si la devolución se aprueba, el dinero le llega en 3 a 5 días.                 | -                                    | -
            amazon      | it | Ti rimandiamo il pezzo mancante domani.                                        | delivered=true                       | unconfirmed_promise
            amazon      | ja | 返金が承認されましたら、代金はカードに戻ります。                                         | -                                    | -
            aliexpress  | zh | 退货申请通过后，钱会原路退回。                                                     | -                                    | -
            aliexpress  | zh | 我们马上给您补一个新的。                                                          | delivered=true                       | unconfirmed_promise
            amazon      | en | It was left in your safe place this morning.                                   | shipped=true                         | unconfirmed_fact
            amazon      | en | Please tell us if the parcel was left in your safe place.                      | shipped=true                         | -
            amazon      | en | Could you tell us whether the other parts are in the box?                      | -                                    | -
            amazon      | de | Erzählen Sie uns gern, ob die anderen Teile passen.                            | -                                    | -
            amazon      | fr | Au revoir et à bientôt, votre avis compte pour nous.                           | -                                    | -
            amazon      | en | Save the page with the manual for later.                                       | -                                    | -
            amazon      | en | Heads up: our spring range lands next week!                                    | -                                    | marketing
            """)
    void should_read_indirect_wording_and_its_clean_twin(String channel, String lang, String text, String facts, String expected) {
        Map<String, Object> values = new java.util.HashMap<>();
        if (!facts.equals("-")) {
            for (String pair : facts.split(";")) {
                String[] kv = pair.split("=", 2);
                values.put(kv[0], kv[1].equals("true") || kv[1].equals("false") ? (Object) Boolean.valueOf(kv[1]) : kv[1]);
            }
        }
        assertThat(rules(channel, lang, text, values)).containsExactlyElementsOf(expected.equals("-") ? List.of() : List.of(expected.split(",")));
    }

    /**
     * Contact details in disguise, one violating draft and one clean draft per family: spelled-out and bracketed at/dot in
     * every language, spaced letters, full-width signs, a provider's account without its domain, local phone formats, and
     * the codes, dates and words that only look like them. None of these sentences is in a corpus.
     */
    @ParameterizedTest(name = "{0} {1}: {2} [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            amazon      | de | Mail an: anna.berg AT web DOT de                                              | -                      | email
            amazon      | de | Wir sind AT der Messe, DOT ist unser Stand 4.                                 | -                      | -
            amazon      | de | Schicken Sie die Fotos bitte an i n f o @ k a f f e e r o s t e r . d e, danke. | -                    | email
            amazon      | de | Die Größen: S M L XL, alle vorrätig.                                          | -                      | -
            amazon      | ja | お問い合わせ：support＠mori-kagu。jp                                            | -                      | email
            amazon      | ja | ドット柄の在庫はございません。                                                    | -                      | -
            amazon      | ja | 連絡先は mori.kagu［アット］gmail［ドット］com です。                              | -                      | email
            amazon      | es | Mi Hotmail es pedidos_sur2024, escríbeme ahí.                                 | -                      | email
            amazon      | es | Su Hotmail está lleno, por eso no le llegó el aviso.                          | -                      | -
            amazon      | es | Mi correo es telaresur en hotmail, escríbeme.                                 | -                      | email
            aliexpress  | zh | 有问题发我QQ邮箱 884512376                                                       | -                      | email
            aliexpress  | zh | 我们不用QQ邮箱联系，有问题在这里说就好。                                             | -                      | -
            aliexpress  | zh | 发到 meili88 艾特 126 点 com 就行。                                                | -                      | email
            amazon      | fr | Écrivez à jean.moreau chez orange point fr.                                   | -                      | email
            amazon      | fr | Vous le trouverez en magasin au point de vente.                               | -                      | -
            amazon      | it | Scriva a ordini chiocciola casaverde punto it, grazie.                        | -                      | email
            amazon      | it | Il punto vendita è chiuso il lunedì.                                          | -                      | -
            amazon      | en | Reach us at sales [at] brightfield [dot] co [dot] uk.                         | -                      | email
            amazon      | en | Find us on Instagram @brightfield.home for tips.                              | -                      | messaging_handle
            amazon      | fr | Tél. 04.99.00.31.72 (atelier)                                                 | -                      | phone
            amazon      | fr | Lot fabriqué le 04.11.2026, à conserver au sec.                               | -                      | -
            amazon      | en | Tracking: 1Z 7W2 F84 02 1160 3385.                                            | shipped=true;tracking_number=1Z7W2F840211603385 | -
            amazon      | en | Tracking is on the order page; or call 020 7946 0612.                         | shipped=true           | phone
            amazon      | de | Das Ersatzteil hat die Teilenummer 5521-118-40.                               | -                      | -
            amazon      | de | Rufen Sie uns unter 0521 118 4077 an.                                         | -                      | phone
            shopee      | zh | 已於2026/11/17寄出，請留意簡訊。                                                     | shipped=true;shipped_at=2026-11-17 | -
            amazon      | en | Find us on Messenger: Casa Brava Home.                                        | -                      | messaging_handle
            amazon      | en | The canvas messenger bag has two inner pockets.                               | -                      | -
            amazon      | ja | ラインでご連絡いただければすぐに対応します。                                           | -                      | messaging_handle
            amazon      | ja | 配送状況はオンラインでもご確認いただけます。                                           | -                      | -
            ebay        | en | Your WhatsApp message didn't reach us, please write here in the chat instead.  | -                      | -
            ebay        | en | Write to us on WhatsApp: 0171 2345678.                                        | -                      | messaging_handle,phone
            amazon      | fr | Inutile de nous écrire sur WhatsApp, tout se fait ici.                        | -                      | -
            aliexpress  | zh | 不用加微信，在这里说就行。                                                           | -                      | -
            aliexpress  | zh | 加微信 jiajia_88 聊更方便。                                                         | -                      | messaging_handle
            """)
    void should_read_disguised_contact_details_and_their_clean_twin(String channel, String lang, String text, String facts, String expected) {
        should_read_indirect_wording_and_its_clean_twin(channel, lang, text, facts, expected);
    }

    /**
     * Off-platform pushes of every kind, one violating draft and one clean draft per family: the seller's own app, money apps
     * between persons, contact "directly" without the platform, the platform's fees as the saving, a refusal phrased in
     * another person, and the buyer's own question quoted back. None of these sentences is in a corpus.
     */
    @ParameterizedTest(name = "{0} {1}: {2} [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            amazon      | en | Download our app for faster reorders.                                         | -                      | off_platform
            ebay        | en | Download the eBay app to follow the parcel.                                   | -                      | -
            amazon      | de | In unserer App geht die Nachbestellung schneller.                             | -                      | off_platform
            shopify     | de | In unserer App geht die Nachbestellung schneller.                             | -                      | -
            aliexpress  | zh | 下载我们的APP下单有优惠。                                                            | -                      | off_platform
            aliexpress  | zh | 在速卖通APP的订单页面可以申请退款。                                                   | -                      | -
            ebay        | en | Pay the rest via Revolut and I'll ship on Monday.                             | -                      | off_platform
            ebay        | en | The refund went back to your Revolut card on file.                            | refund_issued=true     | -
            ebay        | it | Mi faccia una ricarica Postepay e spedisco subito.                            | -                      | off_platform
            amazon      | es | Escríbanos directamente y lo arreglamos sin Amazon.                           | -                      | off_platform
            amazon      | es | Escríbanos por aquí y lo revisamos.                                           | -                      | -
            amazon      | it | Ci scriva direttamente, senza passare da Amazon.                              | -                      | off_platform
            amazon      | ja | Amazonの手数料がかからないので、当店サイトの方がお得です。                                   | -                      | off_platform
            amazon      | ja | Amazonの配送料はご注文内容により異なります。                                             | -                      | -
            amazon      | ja | Amazonを介さずにご購入いただけます。                                                  | -                      | off_platform
            aliexpress  | ja | 公式ストアの商品ページから再度ご注文いただけます。                                          | -                      | -
            ebay        | de | Die Zahlung per Überweisung nehmen wir nicht an, bitte nur über eBay.         | -                      | -
            ebay        | de | Überweisen Sie den Rest auf unser Konto.                                      | -                      | off_platform
            ebay        | en | You asked: "Can I pay you by bank transfer?" Sorry, payment only goes through eBay. | -               | -
            ebay        | en | Yes, you can pay us by bank transfer.                                         | -                      | off_platform
            shopee      | zh | 多买几件可以微信转给我们，便宜一点。                                                  | -                      | messaging_handle,off_platform
            amazon      | en | You can order them directly from this listing.                                | -                      | -
            """)
    void should_read_off_platform_pushes_and_their_clean_twin(String channel, String lang, String text, String facts, String expected) {
        should_read_indirect_wording_and_its_clean_twin(channel, lang, text, facts, expected);
    }

    /**
     * Promises in other words, one violating draft and one clean draft per family: costs the shop bears, money handled
     * "by us", a partial refund as a discount on this order, an item sent once the order has already gone out, something
     * slipped into the parcel, reassurance before a promise ("keine Sorge, … ersetzen wir"). None of these sentences is in a corpus.
     */
    @ParameterizedTest(name = "{0} {1}: {2} [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            amazon      | en | Return postage is on us, just use any post office.                            | -                      | unconfirmed_promise
            amazon      | en | Return postage depends on the reason you choose in Your Orders.               | -                      | -
            lazada      | en | We'll cover the customs fees, keep the receipt.                               | -                      | unconfirmed_promise
            lazada      | en | We can't cover customs fees; the courier collects them.                       | -                      | -
            amazon      | de | Die Zollgebühren übernehmen selbstverständlich wir.                           | -                      | unconfirmed_promise
            amazon      | de | Die Zollgebühren können wir leider nicht übernehmen.                          | -                      | -
            amazon      | de | Keine Sorge, falls Zoll anfällt, erstatten wir Ihnen das.                      | -                      | unconfirmed_promise
            amazon      | fr | Les frais de douane sont à notre charge.                                      | -                      | unconfirmed_promise
            amazon      | fr | Les frais de douane ne sont pas à notre charge, désolés.                      | -                      | -
            amazon      | ja | 返品の送料は当店が負担いたします。                                                    | -                      | unconfirmed_promise
            amazon      | ja | 返品の送料はお客様のご負担となります。                                                  | -                      | -
            aliexpress  | zh | 退货运费我们承担。                                                               | -                      | unconfirmed_promise
            aliexpress  | zh | 退货运费按平台规则由买家承担。                                                        | -                      | -
            ebay        | en | Keep it, we'll make sure you're not out of pocket.                            | delivered=true         | unconfirmed_promise
            ebay        | en | Please make sure you keep the receipt.                                        | delivered=true         | -
            amazon      | it | I soldi glieli ridiamo comunque.                                              | -                      | unconfirmed_promise
            amazon      | it | Se il reso viene approvato, i soldi li rimborsa Amazon.                       | -                      | -
            amazon      | fr | On vous rembourse dès demain.                                                 | -                      | unconfirmed_promise
            amazon      | fr | On vous rembourse dès demain.                                                 | refund_issued=true     | -
            amazon      | es | Del reembolso nos encargamos nosotros.                                        | -                      | unconfirmed_promise
            amazon      | es | Del reembolso se encarga Amazon si aprueba la devolución.                     | -                      | -
            amazon      | de | Das Finanzielle regeln wir, behalten Sie die Tasse.                           | delivered=true         | unconfirmed_promise
            aliexpress  | zh | 我们全额退款给您。                                                               | -                      | unconfirmed_promise
            aliexpress  | zh | 能否全额退款，要看平台的判定。                                                        | -                      | -
            amazon      | en | The full purchase price comes back to you if it breaks again.                  | -                      | unconfirmed_promise
            amazon      | en | The refund follows the same day you send the photo.                           | -                      | unconfirmed_promise
            tiktok-us   | en | One's going in the mail to you today.                                         | delivered=true         | unconfirmed_promise
            tiktok-us   | en | Yours is in the mail already, tracking to follow.                             | shipped=true           | -
            amazon      | en | The right size will be sent tomorrow.                                         | delivered=true         | unconfirmed_promise
            amazon      | en | The right size will be sent tomorrow.                                         | delivered=true;replacement_shipped=true | -
            amazon      | it | Il pezzo che manca te lo spediamo domani.                                     | delivered=true         | unconfirmed_promise
            amazon      | it | Ti mandiamo il link per il reso.                                              | delivered=true         | -
            amazon      | de | Wir schicken es morgen los.                                                   | delivered=true         | unconfirmed_promise
            amazon      | de | Wir schicken es morgen los.                                                   | shipped=false          | -
            amazon      | fr | Nous vous envoyons une housse neuve cette semaine.                            | delivered=true         | unconfirmed_promise
            amazon      | fr | Nous vous envoyons une housse neuve cette semaine.                            | delivered=true;replacement_shipped=true | -
            amazon      | es | La correcta ya va de camino.                                                  | delivered=true         | unconfirmed_promise
            amazon      | de | Wir legen Ihnen ein kleines Geschenk bei.                                     | -                      | unconfirmed_promise
            amazon      | de | Wir legen die Rechnung dem Paket bei.                                         | -                      | -
            shopify     | ja | お詫びのしるしに、次回使えるクーポンをお送りします。                                         | -                      | unconfirmed_promise
            shopify     | zh | 为表歉意，下次给您免运费。                                                            | -                      | unconfirmed_promise
            amazon      | fr | Un avoir de 5 € vous est offert pour le désagrément.                          | -                      | unconfirmed_promise
            shopify     | it | Il reso è possibile entro 30 giorni dalla consegna e le invieremo a breve le istruzioni. | -        | -
            amazon      | it | Le invieremo a breve un articolo nuovo.                                       | delivered=true         | unconfirmed_promise
            """)
    void should_read_promises_in_other_words_and_their_clean_twin(String channel, String lang, String text, String facts, String expected) {
        should_read_indirect_wording_and_its_clean_twin(channel, lang, text, facts, expected);
    }

    /**
     * Marketing disguised as help, one violating draft and one clean draft per family: the next order with and without an
     * offer, new colours and versions, bundles, shops to follow, lists to join, "you might also like", a sale named as the
     * reason for a delay, a discount on this very order, an offer explained as not applying. None of these sentences is in a corpus.
     */
    @ParameterizedTest(name = "{0} {1}: {2} [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            amazon      | de | 5 % Rabatt auf Ihre nächste Bestellung mit dem Code HERBST.                    | -                      | marketing
            amazon      | de | Ihre nächste Bestellung geht wie gewohnt über Amazon.                         | -                      | -
            amazon      | ja | 次回のご注文で使える10%オフのクーポンです。                                              | -                      | marketing
            amazon      | ja | 次回のご注文でもこのお届け先が使われます。                                               | -                      | -
            aliexpress  | zh | 下次下单立减5元。                                                               | -                      | marketing
            aliexpress  | zh | 下次下单地址不用重填。                                                            | -                      | -
            ebay        | en | We now stock the same yarn in 20 more shades.                                 | -                      | marketing
            ebay        | en | The yarn comes in the shade shown in the photo.                               | -                      | -
            amazon      | ja | このシリーズに新色が登場しました。                                                    | -                      | marketing
            amazon      | ja | 再入荷の予定はございません。                                                        | -                      | -
            amazon      | it | È appena arrivata la versione in rame.                                        | -                      | marketing
            amazon      | de | Im Doppelpack ist das Öl sogar günstiger.                                      | -                      | marketing
            amazon      | de | Im Doppelpack sind zwei Flaschen à 250 ml.                                     | -                      | -
            amazon      | ja | セットでのご購入なら10%お得です。                                                    | -                      | marketing
            amazon      | ja | セット内容は写真のとおりです。                                                       | -                      | -
            tiktok-us   | en | Tap follow on our shop for restock alerts.                                    | -                      | marketing
            tiktok-us   | en | Tap "Track package" on the order page.                                        | -                      | -
            amazon      | es | Apúntese a nuestro boletín mensual.                                           | -                      | marketing
            shopify     | es | Apúntese a nuestro boletín mensual.                                           | -                      | -
            amazon      | es | Quizá también le guste la versión XL.                                         | -                      | marketing
            amazon      | es | Quizá le sirva la guía de tallas de la ficha.                                 | -                      | -
            amazon      | en | During the Black Friday sale our replies are slower, sorry for the delay.     | -                      | -
            amazon      | en | Our Black Friday sale starts tomorrow!                                        | -                      | marketing
            amazon      | en | We took 15% off this order for the trouble.                                   | -                      | unconfirmed_promise
            amazon      | en | We took 15% off this order for the trouble.                                   | refund_issued=true     | -
            tiktok-us   | en | The welcome code only works on a first order, so it couldn't apply here.       | -                      | -
            tiktok-us   | en | Here's a welcome code for 10% off your next order: HELLO10.                   | -                      | marketing
            """)
    void should_read_disguised_marketing_and_its_clean_twin(String channel, String lang, String text, String facts, String expected) {
        should_read_indirect_wording_and_its_clean_twin(channel, lang, text, facts, expected);
    }

    /**
     * Review requests that depend on the buyer being happy, and parcels described as handed over or delivered without the
     * words: one violating draft and one clean draft per family. None of these sentences is in a corpus.
     */
    @ParameterizedTest(name = "{0} {1}: {2} [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            amazon      | en | If you love the mug, a few words under the product would mean a lot.          | delivered=true         | review_solicitation
            amazon      | en | If you have a question about the mug, write a few words here.                 | delivered=true         | -
            amazon      | de | Wenn Ihnen die Jacke gefällt, freuen wir uns über ein paar Zeilen auf Amazon.  | delivered=true         | review_solicitation
            amazon      | de | Wenn Ihnen die Jacke nicht passt, schreiben Sie uns ein paar Zeilen.           | delivered=true         | -
            amazon      | ja | お気に召しましたら、レビューでひとことお聞かせください。                                     | delivered=true         | review_solicitation
            amazon      | ja | ご不明な点がございましたら、ひとことお知らせください。                                       | delivered=true         | -
            aliexpress  | zh | 穿得满意的话，评价里写几句吧。                                                       | delivered=true         | review_solicitation
            aliexpress  | zh | 尺码不合适的话，写几句告诉我们就行。                                                   | delivered=true         | -
            ebay        | en | I'd be grateful if the feedback reflected that.                               | delivered=true         | review_solicitation
            ebay        | en | I'd be grateful if you could send a photo of the label.                       | delivered=true         | -
            amazon      | en | Would you mind posting exactly that on Amazon?                                | delivered=true         | review_solicitation
            amazon      | en | Would you mind posting the photo here in the chat?                            | delivered=true         | -
            tiktok-us   | es | ¿Nos dejas cinco estrellitas?                                                 | delivered=true         | review_solicitation
            tiktok-us   | es | La usan en un hotel de cinco estrellas.                                       | -                      | -
            amazon      | es | El mensajero lo dejó con su vecina.                                           | shipped=true           | unconfirmed_fact
            amazon      | es | El mensajero lo dejó con su vecina.                                           | shipped=true;delivered=true | -
            amazon      | fr | Le livreur l'a glissé dans votre boîte aux lettres.                           | shipped=true           | unconfirmed_fact
            amazon      | fr | Le livreur l'a glissé dans votre boîte aux lettres.                           | shipped=true;delivered=true | -
            amazon      | de | Das Paket liegt in der Packstation.                                           | shipped=true           | unconfirmed_fact
            amazon      | de | Das Paket liegt in der Packstation.                                           | shipped=true;delivered=true | -
            amazon      | en | It was scanned at the Bristol depot this morning.                             | -                      | unconfirmed_fact
            amazon      | en | It was scanned at the Bristol depot this morning.                             | shipped=true           | -
            amazon      | fr | Il sera chez vous le 23/11.                                                   | shipped=true;estimated_delivery=2026-11-21 | unconfirmed_fact
            amazon      | fr | Il sera chez vous le 23/11.                                                   | shipped=true;estimated_delivery=2026-11-23 | -
            """)
    void should_read_conditional_review_requests_and_handed_over_parcels(String channel, String lang, String text, String facts, String expected) {
        should_read_indirect_wording_and_its_clean_twin(channel, lang, text, facts, expected);
    }

    /**
     * A whole sentence in another language inside a reply in the buyer's (README, "Foreign sentences"), and Portuguese to a
     * Spanish buyer; the clean twins keep quoted titles and menu names, the item's own title, a two-word toast and a Japanese
     * product name in a Chinese reply. None of these sentences is in a corpus.
     */
    @ParameterizedTest(name = "{0} {1}: {2} [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            amazon      | de | Guten Tag, die Dichtung passt auf alle Modelle. Please let us know if you need anything else. | - | language_mismatch
            amazon      | de | Guten Tag, die Dichtung passt auf alle Modelle. Auf der Packung steht „Please handle with care and keep dry“. | - | -
            amazon      | en | Hello, the pasta maker clamps to tables up to 4 cm thick. Buon appetito!      | -                      | -
            amazon      | it | Buongiorno, la taglia S corrisponde alla 38. Gracias por su compra y hasta pronto. | -                 | language_mismatch
            amazon      | it | Buongiorno, nel menu «Returns & Orders» trova il pulsante per il reso.        | -                      | -
            amazon      | es | Olá Ana, o casaco é de lã e pode lavar à mão. Cumprimentos.                   | -                      | language_mismatch
            amazon      | es | Hola Ana, el abrigo es de lana y se puede lavar a mano. Saludos.              | -                      | -
            amazon      | ja | ご注文ありがとうございます。这款杯子可以用洗碗机清洗。                                      | -                      | language_mismatch
            amazon      | ja | ご注文ありがとうございます。食洗機にも対応しております。                                     | -                      | -
            aliexpress  | zh | 您好，杯子可以用洗碗机。ご不明な点がございましたらお知らせください。                            | -                      | language_mismatch
            aliexpress  | zh | 您好，这款是日本的ほうじ茶，冲泡水温80度即可。                                          | -                      | -
            aliexpress  | zh | 您好，杯子可以用洗碗机。Thank you for your order and see you soon!                   | -                      | language_mismatch
            amazon      | fr | Bonjour, la housse est lavable à 30 °C. 使用前请先阅读说明书。                            | -                      | language_mismatch
            amazon      | de | Guten Tag, die Leather Messenger Bag for Laptops up to 15 inch ist aus Rindsleder. | items=Leather Messenger Bag for Laptops up to 15 inch | -
            """)
    void should_read_foreign_sentences_and_their_clean_twin(String channel, String lang, String text, String facts, String expected) {
        should_read_indirect_wording_and_its_clean_twin(channel, lang, text, facts, expected);
    }

    /**
     * The dev6 round's families, each with a clean twin: remedies in the future or future passive, a refund or a new one
     * committed in other words, the seller's other listings and seasonal lines, money paid into the seller's own account,
     * the carrier's record of a delivery, a deadline in "if it has not arrived by", refusals in other persons. None of
     * these sentences is in a corpus.
     */
    @ParameterizedTest(name = "{0} {1}: {2} [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            amazon      | fr | Bonjour, nous vous rembourserons les frais de port de la bouilloire.            | -                 | unconfirmed_promise
            amazon      | fr | Bonjour, nous vérifierons si les frais de port peuvent être remboursés.         | -                 | -
            ebay        | it | Buongiorno, l'importo Le sarà rimborsato entro tre giorni.                      | -                 | unconfirmed_promise
            ebay        | it | Buongiorno, l'importo Le è stato rimborsato ieri.                               | refund_issued=true | -
            shopee      | en | So sorry about the cracked bowl! We'll pop a replacement in the post today.     | shipped=true      | unconfirmed_promise
            shopee      | en | So sorry about the cracked bowl! Could you send a photo so we can look into a replacement? | shipped=true | -
            ebay        | de | Danke für den Kauf! Schauen Sie gern in meine anderen Auktionen, dort gibt es noch mehr Werkzeug. | - | marketing
            ebay        | de | Danke für den Kauf! Das Werkzeug ist gebraucht, aber voll funktionsfähig.       | -                 | -
            amazon      | en | The wick should be trimmed before each use. Our Christmas candles drop next week! | -               | marketing
            tiktok-us   | en | Card declined? Just Zelle us the $20 and we'll ship it tomorrow.                | -                 | off_platform
            tiktok-us   | en | Card declined? Please try another card at checkout; we cannot accept any other payment. | -         | -
            amazon      | de | Laut Hermes wurde die Sendung gestern in Ihrer Packstation hinterlegt.          | shipped=true;carrier=Hermes | unconfirmed_fact
            amazon      | de | Laut Hermes wurde die Sendung gestern in Ihrer Packstation hinterlegt.          | shipped=true;carrier=Hermes;delivered=true | -
            amazon      | en | If the parcel has not arrived by 3 December, please write to us again.          | shipped=true      | -
            aliexpress  | es | Lo sentimos, no podemos aceptar pagos por Bizum; use el pago de AliExpress.      | -                 | -
            aliexpress  | es | Si prefiere, pague por Bizum y se lo enviamos hoy.                              | -                 | off_platform
            """)
    void should_read_the_dev6_families_and_their_clean_twin(String channel, String lang, String text, String facts, String expected) {
        should_read_indirect_wording_and_its_clean_twin(channel, lang, text, facts, expected);
    }

    /**
     * The dev7 round's families, mostly clean near-misses: scam warnings and the platform as the only channel, apps named
     * as a style or compared with the chat, carriers of the return label, deadlines, money that "has gone out", codes named
     * further back, prices in other currencies, a product the buyer asked about; and the violations next to them. None of
     * these sentences is in a corpus.
     */
    @ParameterizedTest(name = "{0} {1}: {2} [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            ebay        | en | Heads-up: we will never ask you to pay by Venmo or bank transfer; report anyone who does to eBay.   | -  | -
            ebay        | en | To save time, just pay the balance by Venmo and we'll post it today.                                | -  | off_platform
            amazon      | en | The smart plug pairs through its own app, with WhatsApp-style voice prompts.                       | -  | -
            aliexpress  | en | Send the video by WhatsApp, that is faster than here in the chat.                                   | -  | messaging_handle
            amazon      | de | Das Rücksendeetikett ist von GLS, Sie können es in jedem GLS-Paketshop abgeben.                     | shipped=true;carrier=DHL | -
            amazon      | de | Ihr Paket ist mit GLS unterwegs.                                                                    | shipped=true;carrier=DHL | unconfirmed_fact
            amazon      | en | Please send it back by 12 December 2026, the last day of your return window.                      | delivered=true | -
            amazon      | it | Il pacco è stato affidato a Bartolini ieri sera.                                                    | shipped=true;carrier=BRT | -
            shopee      | en | Your parcel is with Shopee Xpress and should arrive soon.                                           | shipped=true;carrier=SPX Express | -
            lazada      | en | Your parcel is with Flash Express and should arrive soon.                                           | shipped=true;carrier=Ninja Van | unconfirmed_fact
            ebay        | it | Il rimborso è partito stamattina sul conto PayPal con cui ha pagato.                                | refund_issued=true | -
            ebay        | en | The part number of the spare seal you asked about is 555-0199-42.                                  | -  | -
            shopee      | en | Restocked: the size M you asked about is back, 4 left at ₫1.199.000.                               | -  | -
            shopee      | en | Thanks for your question! Our 12.12 sale starts tomorrow with 30% off everything.                  | -  | marketing
            ebay        | es | Ya está hecho el reembolso; si puedes, te agradeceríamos que retiraras la valoración negativa.     | refund_issued=true | review_solicitation
            """)
    void should_read_the_dev7_families_and_their_clean_twin(String channel, String lang, String text, String facts, String expected) {
        should_read_indirect_wording_and_its_clean_twin(channel, lang, text, facts, expected);
    }

    /** Ordinary sentences that share words with the families above and must stay clean. None of them is in a corpus. */
    @ParameterizedTest(name = "{0} {1}: {2} [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            amazon      | en | We now have your photos and will reply today.                                 | -                      | -
            amazon      | fr | Le numéro de suivi est maintenant disponible dans votre compte.               | shipped=true           | -
            amazon      | de | Inzwischen haben wir die Sendungsnummer erhalten.                             | shipped=true           | -
            amazon      | it | Le mandiamo una mail con i dettagli del reso.                                 | delivered=true         | -
            amazon      | en | This one is in the post already, the tracking is on the order page.           | shipped=true           | -
            amazon      | en | We'll add a note to your order so the courier rings twice.                    | -                      | -
            amazon      | en | If you like the hat but need another size, drop us a line about it here.      | delivered=true         | -
            ebay        | de | Die eBay-Gebühren trägt bei uns der Verkäufer, nicht Sie.                     | -                      | -
            aliexpress  | zh | 把照片转给我们就行。                                                                | -                      | -
            amazon      | ja | PayPayでお支払いの場合、返金はPayPay残高に戻ります。                                     | refund_issued=true     | -
            amazon      | de | Wir melden uns bei Ihnen am 20.11. mit einer Antwort.                         | shipped=true;estimated_delivery=2026-11-24 | -
            aliexpress  | ja | 公式ストアの商品ページからもう一度ご注文いただけます。                                     | -                      | -
            """)
    void should_leave_ordinary_sentences_alone(String channel, String lang, String text, String facts, String expected) {
        should_read_indirect_wording_and_its_clean_twin(channel, lang, text, facts, expected);
    }

    @Test
    void should_accept_facts_that_the_order_data_confirms() {
        String text = "Hello, your order was shipped with DHL on 2026-11-20, tracking JJD000390007. A replacement is on its way.";
        assertThat(rules("amazon", "en", text, Map.of("shipped", true, "carrier", "DHL", "shipped_at", "2026-11-20",
                "tracking_number", "JJD000390007", "replacement_shipped", true))).isEmpty();
        assertThat(rules("amazon", "en", text, Map.of("shipped", true, "carrier", "UPS", "shipped_at", "2026-11-20",
                "tracking_number", "JJD000390007", "replacement_shipped", true))).containsExactly("unconfirmed_fact");
        assertThat(rules("amazon", "en", text, Map.of("shipped", true, "carrier", "DHL", "shipped_at", "2026-11-20",
                "tracking_number", "JJD000390007"))).containsExactly("unconfirmed_promise");
    }

    @Test
    void should_read_juillet_as_july_not_june() {
        String text = "Bonjour, votre colis a été livré le 9 juillet 2026.";
        assertThat(rules("amazon", "fr", text, Map.of("delivered", true, "delivered_at", "2026-07-09"))).isEmpty();
        assertThat(rules("amazon", "fr", text, Map.of("delivered", true, "delivered_at", "2026-06-09"))).containsExactly("unconfirmed_fact");
        assertThat(rules("amazon", "fr", text.replace("juillet", "juin"), Map.of("delivered", true, "delivered_at", "2026-06-09"))).isEmpty();
    }

    @Test
    void should_not_take_the_erps_rma_number_for_a_phone_number() {
        String text = "Hello, we have approved your return request. Your return authorization (RMA) number is 4500123456.";
        assertThat(rules("amazon", "en", text, Map.of("return_authorized", true, "rma_number", "4500123456"))).isEmpty();
        assertThat(rules("amazon", "en", text, Map.of("return_authorized", true, "rma_number", "4500999999"))).containsExactly("phone");
    }

    @Test
    void should_name_the_span_and_say_what_to_do() {
        String text = "Hello, write to bob at gmail dot com please.";
        Finding finding = check.check(Channel.EBAY, text, "en", OrderFacts.NONE).get(0);
        assertThat(text.substring(finding.start(), finding.end())).isEqualTo("bob at gmail dot com");
        assertThat(finding.message()).contains("ebay").contains("remove");
    }

    @Test
    void should_change_behaviour_with_the_policy_data_alone() throws IOException {
        Properties properties = new Properties();
        try (var in = ChannelPolicy.class.getResourceAsStream("channel-policies.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String draft = "Hello, we will check with the carrier and come back to you. 😊";
        assertThat(check.check(Channel.SHOPEE, draft, "en", OrderFacts.NONE)).isEmpty();

        // Shopee bans emojis from tomorrow: a new version and one more rule in the data, no code
        properties.setProperty("shopee.version", "2026-12-01");
        properties.setProperty("shopee.rules", properties.getProperty("marketplace.rules") + ",emoji");
        ComplianceCheck next = new ComplianceCheck(ChannelPolicy.of(properties));
        assertThat(next.policy(Channel.SHOPEE).version()).isEqualTo("2026-12-01");
        assertThat(next.check(Channel.SHOPEE, draft, "en", OrderFacts.NONE)).extracting(Finding::rule).containsExactly("emoji");
    }
}
