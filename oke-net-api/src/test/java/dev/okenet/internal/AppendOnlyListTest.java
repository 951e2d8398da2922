package dev.okenet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.okenet.hostile.HostileSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The append-sharing list behaves exactly like copying into a new list every time: seeded random
 * histories (extending any earlier list, again and again, one or many items at once) against an
 * ArrayList model, and threads racing to extend one shared list. Replay with {@code -Dokenet.seed=N}.
 */
class AppendOnlyListTest {

  @Test
  void everyListHoldsExactlyWhatWasAppendedToIt() {
    HostileSeed seed = HostileSeed.of(getClass(), 20261223L);
    Random r = seed.random();
    for (int history = 0; history < 300; history++) {
      List<AppendOnlyList<Integer>> lists = new ArrayList<>(List.of(AppendOnlyList.empty()));
      List<List<Integer>> models = new ArrayList<>(List.of(List.of()));
      for (int step = 0; step < 200; step++) {
        int from = r.nextInt(lists.size());
        List<Integer> model = new ArrayList<>(models.get(from));
        AppendOnlyList<Integer> next;
        if (r.nextInt(5) == 0) {
          List<Integer> more = new ArrayList<>();
          for (int k = r.nextInt(4); k > 0; k--) {
            more.add(r.nextInt(1000));
          }
          next = lists.get(from).withAll(more);
          model.addAll(more);
        } else {
          int v = r.nextInt(1000);
          next = lists.get(from).with(v);
          model.add(v);
        }
        lists.add(next);
        models.add(model);
      }
      for (int i = 0; i < lists.size(); i++) {
        assertThat(lists.get(i)).as("%s: history %d, list %d", seed, history, i).isEqualTo(models.get(i));
      }
    }
  }

  @Test
  void threadsExtendingOneListEachSeeOnlyTheirOwnItems() throws Exception {
    AppendOnlyList<Integer> base = AppendOnlyList.<Integer>empty().with(-1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AppendOnlyList<Integer>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int id = t;
        results.add(pool.submit(() -> {
          AppendOnlyList<Integer> mine = base;
          for (int i = 0; i < 10_000; i++) {
            mine = mine.with(id);
          }
          return mine;
        }));
      }
      for (int t = 0; t < 8; t++) {
        AppendOnlyList<Integer> mine = results.get(t).get();
        assertThat(mine).hasSize(10_001).startsWith(-1);
        assertThat(mine.subList(1, mine.size())).containsOnly(t);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
