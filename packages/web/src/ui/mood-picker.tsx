import { Choice } from "./choice.tsx";
import { t } from "./strings.ts";

/** How someone feels, from very low to very good, or not saying. A feeling, never a score. */
export const MoodPicker = ({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: number | null | undefined;
  onChange: (mood: number | null) => void;
}) => {
  const options = [...t.mood.moods.map((name, i) => ({ id: i + 1, name })), { id: null, name: t.mood.skip }];
  return <Choice legend={legend} options={options} value={value} onChange={onChange} />;
};
