/**
 * Words too common to tell one fact from another. Question words (when,
 * where, who, how many, why…) are NOT here: they are what separates "when
 * was it signed" from "where was it signed".
 */
export const STOPWORDS_EN = new Set(
  `a an the is are was were be been being am do does did doing done have has had having of to in on at by for
  with about as into from and or but if so than then that this these those it its it's they them their there
  i me my we us our you your he him his she her can could would should will shall may might must just also
  tell please know any some me pls plz let lets hey hi hello ok okay yes no not please thanks thank
  actually really basically exactly just right well so like id im ive youre whats thats theres isnt doesnt
  dont didnt wasnt arent explain explained thing things stuff something anything briefly quick quickly
  heard hear saw curious wonder wondering walk through
  around kind sort bit lot lots very much`.split(/\s+/),
);

export const STOPWORDS_UK = new Set(
  `і й та а але або чи що це ця цей ці той та те ті в у на з із зі до від по за про для при над під між через
  як так же ж б би не ні бо ось от то тобто також теж ще вже лише тільки ну ой будь ласка мені мене мною
  я ти ви ми він вона воно вони його її їх їм нам вам вас нас є був була було були буде бути скажи скажіть
  розкажи розкажіть підкажи підкажіть хочу знати цікаво можна взагалі власне саме просто якось коротко
  поясни поясніть поясніть щось штука річ типу мабуть правда справді значить чув чула читав читала бачив
  скажіть-но дай дайте покажи покажіть там тут усе все всі весь вся
  и да но или что это эта этот эти в на с со до от по за про для при над под между через как так же бы не
  ни ведь вот то уже только ну мне меня я ты вы мы он она оно они его ее их им нам вам нас есть был была
  было были будет быть скажи скажите расскажи расскажите подскажи хочу знать интересно можно вообще
  просто объясни объясните кратко коротко вкратце`.split(/\s+/),
);

// Korean also lists the particles, which stand alone after a Latin name ("ITPP는").
export const STOPWORDS_KO = new Set(
  `그 이 저 것 거 수 좀 그리고 그런데 그래서 및 또 또는 혹시 알려줘 알려주세요 알려 주세요 말해줘 궁금해 궁금해요 궁금합니다 요
  은 는 가 을 를 의 에 와 과 도 로 으로 에서 에게 랑 이랑 하고 만 까지 부터 와의 과의 에는 로는 이나 나 이야 야 예요 이에요 인가요 란 이란
  맞나요 맞아 맞아요 맞지 맞죠 맞습니까 있나요 있어 있어요 있었어 있었나요 있습니까 했나요 했어요 했어 했죠 거예요 거야 건가요
  건지 뭐예요 뭐야 뭔가요 뭐죠 대해 대해서 대한 관련 관련해서 관해 관해서 관한 통해 같은 그런 이런 저런 거 건 게 걸 수 있는
  되나요 되는 돼요 된 거 해요 하나요 한 할 하는 알고 싶어요 싶어 궁금
  그럼 그러면 그거 그건 그게 근데 이거 이건 저거 저건 뭐냐 뭐임 머임 뭔데 뭐지 뭐여`.split(/\s+/),
);
