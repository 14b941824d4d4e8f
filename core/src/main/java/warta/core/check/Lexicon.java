package warta.core.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small hand-written Indonesian to English lexicon of common news words, used as evidence that
 * a source sentence has a counterpart in a translation, and, through its headwords, as evidence
 * that a sentence is Indonesian; with the geography, government and nationality roots of
 * {@value #WORLD} ({@link #allRenderings}), it also gives the English a name check accepts
 * ("semenanjung": peninsula). Those roots are kept out of the omission and language evidence,
 * whose rates ({@link Evidence}) were measured on the list below. It is deliberately small (a few
 * hundred roots): a word it lacks is simply no evidence either way. Headwords that are also
 * English words ("data", "bank") are left out, so that a hit is Indonesian.
 *
 * <p>Indonesian words are looked up with their common affixes removed ({@code -nya}, {@code -kan},
 * {@code -an}, {@code -i}, {@code di-}, {@code ter-}, {@code ber-}, {@code ke-}, {@code se-},
 * {@code pe-}, {@code me-} with its nasal forms); English words match a rendering they start with
 * ("houses" matches "house"), so renderings are given as stems. Stateless and thread-safe.
 */
final class Lexicon {

    private static final String ENTRIES = """
            rumah:house,home warga:resident,citizen,people,local penduduk:resident,population,people,inhabit
            polisi:police,officer kota:city,town,urban desa:village kampung:village,kampung jalan:street,road,jalan,way
            banjir:flood air:water hujan:rain api:fire bakar:burn,fire,blaze padam:extinguish,outage,fire,out
            gempa:earthquake,quake bencana:disaster korban:victim,casualt,dead,killed,toll tewas:killed,dead,die
            mati:dead,die meninggal:died,dead,death,passed luka:injur,wound,hurt selamat:surviv,safe,rescue
            sakit:sick,ill,hospital,pain dokter:doctor obat:medic,drug anak:child,kid,son,daughter sekolah:school
            siswa:student,pupil murid:student,pupil guru:teacher mahasiswa:student kampus:campus universitas:universit
            pemerintah:government negara:state,country,nation daerah:region,local,area,provinc wilayah:area,region,territor
            provinsi:provinc kabupaten:regenc,district kecamatan:district,sub-district kelurahan:urban,village
            presiden:president menteri:minister gubernur:governor bupati:regent walikota:mayor wali:mayor,guardian
            kepala:head,chief ketua:chair,head,leader pemimpin:leader pimpin:lead partai:party dewan:council,board
            rakyat:people,public masyarakat:public,people,communit,societ umum:public,general umat:follower,faithful
            pasar:market pedagang:trader,vendor,seller,merchant dagang:trade,sell jual:sell,sale,sold beli:buy,bought,purchas
            harga:price,cost biaya:cost,fee,fund uang:money,cash,fund dana:fund,budget anggaran:budget gaji:salar,wage,pay
            bayar:pay,paid pajak:tax utang:debt hutang:debt bunga:interest,flower bank:bank ekonomi:econom
            perusahaan:compan,firm,corporat usaha:business,effort,attempt pekerja:worker,employ kerja:work,job,labo
            buruh:worker,labo,labour karyawan:employee,staff,worker pegawai:employee,staff,servant,official
            kantor:office gedung:building bangun:build,construct,woke jembatan:bridge tanah:land,soil,ground lahan:land,field
            hutan:forest pohon:tree laut:sea,marine,ocean pantai:beach,coast sungai:river danau:lake gunung:mountain,mount,volcan
            pulau:island kapal:ship,vessel,boat perahu:boat pesawat:plane,aircraft,flight terbang:fly,flight,flew
            bandara:airport mobil:car,vehicle kendaraan:vehicle,car motor:motor,bike truk:truck bus:bus kereta:train,carriage
            stasiun:station lalu:traffic,then,last,past lintas:traffic,across macet:jam,congest,traffic
            tahun:year bulan:month,moon minggu:week,sunday hari:day pagi:morning siang:noon,day,afternoon
            sore:afternoon,evening malam:night,evening tengah:middle,mid,central jam:hour,o'clock,clock,time waktu:time,period
            kemarin:yesterday besok:tomorrow sekarang:now,current kini:now,current lalu:ago,last,past tadi:earlier
            senin:monday selasa:tuesday rabu:wednesday kamis:thursday jumat:friday sabtu:saturday
            januari:january februari:february maret:march mei:may juni:june juli:july agustus:august
            oktober:october desember:december
            satu:one,single dua:two,both tiga:three empat:four lima:five enam:six tujuh:seven delapan:eight
            sembilan:nine sepuluh:ten belas:teen puluh:ty,dozen ratus:hundred ribu:thousand juta:million
            miliar:billion triliun:trillion persen:percent,per cent,%
            besar:big,large,great,major kecil:small,little,minor tinggi:high,tall,height rendah:low
            baru:new,just,recent lama:long,old,former tua:old,elder muda:young,youth panjang:long,length
            banyak:many,much,lot,number sedikit:few,little,slight semua:all,every seluruh:all,entire,whole,throughout
            pertama:first kedua:second,both ketiga:third terakhir:last,latest,final utama:main,major,primar,chief
            orang:people,person,man,men,one perempuan:women,woman,female wanita:women,woman,female laki:men,man,male
            pria:man,men,male ibu:mother,mrs,woman,mom bapak:father,mr,sir ayah:father,dad keluarga:famil
            istri:wife suami:husband teman:friend warganet:netizen,user
            tentara:soldier,troop,army,militar militer:militar,army,troop senjata:weapon,arm,gun perang:war,battle,fight
            serang:attack,assault tembak:shot,shoot,fire,gun bom:bomb ledak:explo,blast,bomb bunuh:kill,murder,suicid
            tangkap:arrest,caught,catch,captur tahan:detain,arrest,custod,held,hold,resist penjara:prison,jail
            hukum:law,legal,sentenc,punish hakim:judge pengadilan:court adil:court,just,fair sidang:trial,hearing,session
            jaksa:prosecut pidana:crimin,penal kasus:case curi:steal,stole,theft,thief rampok:rob
            kejahatan:crime,criminal jahat:crime,evil,criminal korupsi:corrupt suap:brib
            pemilu:election pilih:elect,choose,vote,select suara:vote,voice,sound calon:candidate kandidat:candidate
            menang:win,won,victor kalah:lose,lost,defeat,beat lawan:against,oppon,rival,versus
            main:play,game pemain:player tim:team pertandingan:match,game juara:champion,winner,title
            laga:match,game bola:ball,football,soccer klub:club gol:goal pelatih:coach,trainer
            kata:said,say,word,told ujar:said,say,told ungkap:said,reveal,reveal,express jelas:explain,clear,said
            tutur:said,told,say tanya:ask,question jawab:answer,repl,respon minta:ask,request,demand
            sebut:said,mention,call,name nyata:stat,declar,real,said tegas:stress,insist,firm,assert
            lapor:report kabar:news,report berita:news,report umum:announc,public,general
            tolak:reject,refus,deny,oppos setuju:agree,approv dukung:support,back bantu:help,assist,aid
            ikut:join,follow,take part,particip hadir:attend,present,came masuk:enter,entr,includ,join,in
            keluar:exit,out,leave,left,issue pergi:go,went,left,leave datang:come,came,arriv tiba:arriv,came
            pulang:home,return kembali:back,return,again tinggal:live,stay,remain,left huni:inhabit,occup,live
            pindah:move,relocat gusur:evict,displac,demolish bongkar:demolish,dismantl,tear,unload
            buka:open tutup:close,shut mulai:start,began,begin,since selesai:finish,end,complet,done
            henti:stop,halt,ceas,end hilang:lost,missing,disappear,vanish cari:search,look,seek,find temu:meet,found,find
            lihat:see,saw,seen,look,watch dengar:hear,heard tahu:know,knew,aware rasa:feel,felt,sense,taste
            ingin:want,wish,hope harap:hope,expect,wish mau:want,will,willing perlu:need,necessar,should
            coba:try,tried,attempt pakai:use,wear guna:use,purpose,order manfaat:benefit,use
            beri:give,gave,provid,grant kirim:send,sent,ship,deliver terima:receiv,accept,thank,got
            ambil:take,took,taken buat:make,made,creat,for bikin:make,made
            tanam:plant makan:eat,food,meal,dine minum:drink makanan:food,dish,meal masak:cook
            nasi:rice beras:rice sayur:vegetable buah:fruit daging:meat,beef ayam:chicken ikan:fish
            kopi:coffee gula:sugar garam:salt susu:milk roti:bread telur:egg
            listrik:electric,power energi:energ minyak:oil bensin:fuel,gasoline,petrol gas:gas
            sampah:garbage,trash,waste,rubbish limbah:waste kotor:dirt,filth bersih:clean
            kesehatan:health sehat:health,healthy rawat:treat,care,hospital,maintain pasien:patient
            virus:virus penyakit:disease,illness,sick wabah:outbreak,epidemic
            agama:religio masjid:mosque gereja:church doa:pray,prayer tuhan:god,lord allah:god,allah
            budaya:cultur seni:art musik:music lagu:song film:film,movie buku:book tulis:writ,wrote
            baca:read bahasa:language,bahasa ilmu:science,knowledge peneliti:research,scient teliti:research,stud
            dunia:world,global internasional:international nasional:national asing:foreign
            amerika:america,us serikat:united,union cina:china,chinese tiongkok:china,chinese jepang:japan
            korea:korea inggris:brit,english,uk,england jerman:german prancis:franc perancis:franc rusia:russia
            belanda:dutch,netherland,holland australia:australia arab:arab mesir:egypt india:india,indian
            timur:east barat:west,western utara:north selatan:south pusat:central,center,centre
            aman:safe,secur bahaya:danger,hazard,risk ancam:threat,threaten takut:fear,afraid,scare
            marah:angr,anger,furious senang:happ,glad,pleas sedih:sad,sorrow khawatir:worr,concern
            cepat:fast,quick,rapid,soon lambat:slow,late segera:soon,immediate,prompt
            mudah:eas,easy sulit:difficult,hard susah:difficult,hard penting:important,key
            benar:true,right,correct,indeed salah:wrong,mistak,fault,error
            bisa:can,could,able,may dapat:can,could,able,get,got,receiv,may harus:must,should,have to,has to
            akan:will,would,going,shall telah:has,have,had,already sudah:already,has,have,had
            belum:yet,not,never tidak:not,no,n't,never,without bukan:not,no,n't
            karena:because,due,since,as,owing sehingga:so,thus,result,therefore namun:however,but,though
            tetapi:but,however tapi:but,however jika:if,when,should kalau:if,when
            juga:also,too,as well,even hanya:only,just,merely masih:still,remain,yet
            sangat:very,highly,extreme lebih:more,over,than,er sekitar:about,around,approximat,some
            hampir:almost,nearly bahkan:even,in fact antara:between,among,include
            tanpa:without sebelum:before,prior setelah:after,following sesudah:after sejak:since
            selama:during,for,while,throughout hingga:until,till,to,up sampai:until,till,to,up,reach
            menurut:according,said,say,accord kepada:to,toward terhadap:against,toward,on,to
            dalam:in,inside,within,during tanggal:date,dated,on
            polda:police polres:police polsek:police polri:police kapolda:police,chief
            petugas:officer,officials,personnel,worker,staff aparat:officer,authorit,personnel
            pejabat:official wakil:deputy,vice,representativ anggota:member
            sekretaris:secretar direktur:director pimpinan:leader,head
            lokasi:location,site,scene tempat:place,site,venue,spot area:area kawasan:area,zone,region
            ruang:room,space ruangan:room,space kamar:room,bedroom pintu:door jendela:window atap:roof
            dinding:wall lantai:floor tembok:wall pagar:fence
            proyek:project program:program rencana:plan rancang:design,plan
            kebijakan:polic aturan:rule,regulat atur:regulat,arrang,manag,set peraturan:regulat,rule
            undang:law,act,invit izin:permit,licen,permission larang:ban,prohibit,forbid
            hak:right wajib:must,oblig,mandator,require
            data:data jumlah:number,total,amount,sum angka:number,figure,rate
            naik:rise,rose,increas,up,hike,ride,board turun:fall,fell,drop,declin,down,decreas
            tambah:add,increas,more kurang:less,lack,short,insufficient,under
            hasil:result,outcome,yield,produc produksi:produc ekspor:export impor:import
            tanggap:respon darurat:emergenc bantuan:aid,help,assistanc,relief
            ungsi:evacu,refug,shelter,flee,fled posko:post,station,command
            jatuh:fell,fall,crash,drop runtuh:collaps,fell roboh:collaps,fell,topple ambruk:collaps
            rusak:damag,broken,destroy hancur:destroy,ruin,wreck
            kecelakaan:accident,crash tabrak:crash,collid,hit
            berat:heavy,weight,severe,serious ringan:light,minor
            jauh:far,distan dekat:near,close,nearby
            sama:same,equal,similar,together,with beda:differ lain:other,another,else,different
            awal:early,begin,start,initial akhir:end,late,final,last
            sering:often,frequent jarang:rare,seldom selalu:always
            muncul:appear,emerg,aris,surfac
            """
            // Added for the omission check (issue 10, item 3): frequent news words whose renderings
            // a faithful but free translation uses. Kept as a separate block so that other additions
            // to the entries above merge cleanly.
            + """
            tanda:sign,mark,indicat aksi:action,protest,rall,demonstrat,campaign saling:each other,one another,mutual
            kait:link,relat,connect,tie remaja:teen,youth,adolescen,young pintar:smart,clever,intellig
            tanggul:embankment,dike,dyke,levee,wall beton:concrete jantung:heart,cardi risiko:risk tikam:stab
            parlemen:parliament,mp,lawmaker,legislat mahkamah:court agung:supreme,grand jabat:office,post,position,serv
            sebab:cause,because,reason,due,led arus:flow,current,traffic,stream genang:flood,inundat,pool,waterlog
            sendat:hold,held,stall,slow,jam,congest,stuck warung:stall,shop,eatery,warung,food kunjung:visit
            surat:letter,mail,notice,document,warrant mendadak:sudden,abrupt,without warning,unexpected
            kumuh:slum,squalid,shabby tata:organi,arrang,manag,layout,planning usul:propos,suggest
            lanjut:continu,further,follow,added,went on penumpang:passenger,rider,commuter antre:queue,line,wait
            luar:outside,out,foreign,abroad,extern depan:front,ahead,outside,next,coming
            unjuk:protest,rall,demonstrat,show gelar:held,hold,stag,organi,title,degree
            sepi:quiet,empty,desert,lonely,sparse terus:continu,keep,kept,still,constant capai:reach,achiev,hit,attain
            temu:found,find,meet,met,discover ganti:replac,change,substitut tunggu:wait tunjuk:point,show,appoint
            periksa:examin,check,inspect,question,investigat selidik:investigat,prob,inquir
            duga:suspect,alleg,expect,presum,thought tersangka:suspect saksi:witness bukti:evidence,proof,prove
            vonis:sentenc,verdict tuntut:demand,prosecut,sue,charge,call dakwa:charge,indict,accus,defendant
            hamil:pregnan lahir:born,birth bayi:baby,infant,newborn pangan:food padi:rice,paddy tani:farm
            nelayan:fisher ternak:livestock,cattle,farm sapi:cow,cattle,beef tambang:mine,mining batu:stone,rock,coal
            emas:gold investasi:invest saham:share,stock untung:profit,gain,luck rugi:loss,lose,lost
            tingkat:level,rate,rank,tier larang:ban,prohibit,forbid,bar tugas:duty,task,job,assign,officer
            hibur:entertain,amus tari:danc bugil:naked,nude,strip tindak:action,act,sanction,crack,measure,deal
            tewas:death,died,lost pakar:expert,specialist kaji:review,stud,assess,examin,research
            teliti:stud,research libat:involv amerika:united states,american ucap:said,say,told,utter,remark,spoke
            tandas:said,stress,conclud,insist,finish,assert timbang:consider,weigh,deliberat lamar:appl,propos
            usia:age,aged,old,year badan:body,agency,board,institut hal:matter,thing,case,issue,this
            tolong:please,help padahal:whereas,although,though,even,yet,while,actually
            """;

    /** More roots, for geography, government and nationality: a classpath resource. */
    static final String WORLD = "warta/core/check/lexicon-world.txt";

    private static final Map<String, List<String>> ROOTS = parse(ENTRIES);
    private static final Map<String, List<String>> ALL_ROOTS = parse(ENTRIES, resource(WORLD));
    private static final Set<String> ENGLISH_WORDS =
            ROOTS.values().stream().flatMap(List::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Headwords that are English words as well, with another meaning. */
    private static final Set<String> COLLISIONS = Set.of(
            "air",
            "main",
            "sore",
            "jam",
            "tim",
            "gol",
            "bus",
            "gas",
            "motor",
            "film",
            "virus",
            "program",
            "data",
            "bank",
            "area",
            "korea",
            "india",
            "arab",
            "australia",
            "kota");

    private static final List<String> SUFFIXES = List.of("nya", "lah", "kah", "kan", "an", "i");
    private static final List<String> PREFIXES = List.of(
            "memper", "menge", "meng", "meny", "mem", "men", "me", "diper", "di", "ter", "ber", "be", "ke", "se",
            "penge", "peng", "peny", "pem", "pen", "per", "pe");

    private Lexicon() {}

    private static Map<String, List<String>> parse(String... entries) {
        Map<String, List<String>> roots = new HashMap<>();
        for (String text : entries) {
            addEntries(text, roots);
        }
        return Map.copyOf(roots);
    }

    /** The text of a classpath resource, without its comment lines. */
    private static String resource(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^#.*$", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static void addEntries(String entries, Map<String, List<String>> roots) {
        for (String entry : entries.strip().split("\\s+(?=[a-z]+:)")) {
            int colon = entry.indexOf(':');
            List<String> renderings = List.of(entry.substring(colon + 1).strip().split(","));
            roots.merge(
                    entry.substring(0, colon),
                    renderings,
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
                            .toList());
        }
    }

    /** The English renderings of an Indonesian word (stems), or an empty list when it is unknown. */
    static List<String> renderings(String word) {
        return lookUp(ROOTS, word);
    }

    /**
     * The English renderings of an Indonesian word with the geography, government and nationality
     * roots of {@value #WORLD} as well (for names: "semenanjung" gives "peninsula").
     */
    static List<String> allRenderings(String word) {
        return lookUp(ALL_ROOTS, word);
    }

    private static List<String> lookUp(Map<String, List<String>> roots, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> found = roots.get(lower);
        if (found != null) {
            return found;
        }
        for (String candidate : stems(lower)) {
            found = roots.get(candidate);
            if (found != null) {
                return found;
            }
        }
        int hyphen = lower.indexOf('-');
        if (hyphen > 0 && lower.startsWith(lower.substring(0, hyphen), hyphen + 1)) {
            return lookUp(roots, lower.substring(0, hyphen));
        }
        return List.of();
    }

    /** Whether an Indonesian word (in any case, possibly affixed) has a headword in the lexicon. */
    static boolean knows(String word) {
        return !renderings(word).isEmpty();
    }

    /**
     * Whether a word is a common Indonesian word that is not also English: known to the lexicon,
     * and neither an English function word nor any of the lexicon's English renderings ("bank",
     * "data", "air" as in the English air are left out).
     */
    static boolean isIndonesianOnly(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !Words.ENGLISH.contains(lower)
                && !ENGLISH_WORDS.contains(lower)
                && !COLLISIONS.contains(lower)
                && knows(lower);
    }

    /** Whether the English words hold one of the renderings, as a word or a word's start. */
    static boolean rendered(List<String> renderings, Set<String> englishWords, String englishText) {
        for (String rendering : renderings) {
            if (rendering.contains(" ") || !Character.isLetter(rendering.charAt(0))) {
                if (englishText.contains(rendering)) {
                    return true;
                }
            } else if (englishWords.contains(rendering)
                    || rendering.length() >= 4 && englishWords.stream().anyMatch(w -> w.startsWith(rendering))) {
                return true;
            }
        }
        return false;
    }

    /** Roots a word may come from once affixes are removed, most likely first. */
    private static List<String> stems(String word) {
        List<String> stems = new java.util.ArrayList<>();
        List<String> bases = new java.util.ArrayList<>(List.of(word));
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                String base = word.substring(0, word.length() - suffix.length());
                bases.add(base);
                if (suffix.equals("nya")) {
                    for (String more : SUFFIXES.subList(1, SUFFIXES.size())) {
                        if (base.endsWith(more) && base.length() - more.length() >= 3) {
                            bases.add(base.substring(0, base.length() - more.length()));
                        }
                    }
                }
            }
        }
        for (String base : bases) {
            stems.add(base);
            for (String prefix : PREFIXES) {
                if (base.startsWith(prefix) && base.length() - prefix.length() >= 3) {
                    String rest = base.substring(prefix.length());
                    stems.add(rest);
                    stems.addAll(nasal(prefix, rest));
                }
            }
        }
        return stems;
    }

    /** meN-/peN- replace a root's first consonant: menulis from tulis, memukul from pukul. */
    private static List<String> nasal(String prefix, String rest) {
        return switch (prefix) {
            case "meny", "peny" -> List.of("s" + rest);
            case "mem", "pem" -> List.of("p" + rest);
            case "men", "pen" -> List.of("t" + rest);
            case "meng", "peng" -> List.of("k" + rest);
            default -> List.of();
        };
    }
}
