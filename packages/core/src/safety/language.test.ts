import { describe, expect, it } from "vitest";
import { readsAsEnglish } from "./language.ts";

describe("reads as English", () => {
  it("tells English from other languages, and says when there is too little to tell", () => {
    expect(readsAsEnglish("Today I walked by the river and it was quiet for a while.")).toBe(true);
    expect(readsAsEnglish("Long day. Tired but ok. Meeting went fine, then dinner with Sam.")).toBe(true);
    expect(readsAsEnglish("Hoy caminé por el río y estuve tranquila un buen rato, luego cené con mi hermana.")).toBe(false);
    expect(readsAsEnglish("Heute war ein langer Tag, ich bin müde, aber das Treffen mit Anna war schön.")).toBe(false);
    expect(readsAsEnglish("Aujourd'hui j'ai marché au bord de la rivière, c'était calme et doux.")).toBe(false);
    expect(readsAsEnglish("Сегодня я долго гулял у реки, и мне было спокойно и тихо.")).toBe(false);
    expect(readsAsEnglish("今日は川沿いを長く歩いて、とても静かな気持ちになりました。ありがとう。")).toBe(false);
    expect(readsAsEnglish("Tired.")).toBeNull();
    expect(readsAsEnglish("")).toBeNull();
  });
});
