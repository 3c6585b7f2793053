package io.onewindow.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.inspection.internal.Draw.Entity;
import io.onewindow.inspection.internal.Draw.Inputs;
import io.onewindow.inspection.internal.Draw.Inspector;
import io.onewindow.inspection.internal.Draw.Tier;
import io.onewindow.inspection.internal.Draw.Visit;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

/** The draw: reproducible, as fair as its rule says, and never sending an inspector where they must not go. */
class DrawTests {

    static final byte[] SEED = java.util.HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    static final Map<Tier, Integer> RATIOS = Map.of(Tier.A, 3, Tier.B, 5, Tier.C, 20, Tier.D, 100);

    static Inputs inputs(int entities, int inspectors) {
        List<Entity> es = new ArrayList<>();
        for (int i = 0; i < entities; i++) {
            Tier t = i % 100 < 60 ? Tier.A : i % 100 < 90 ? Tier.B : i % 100 < 99 ? Tier.C : Tier.D;
            es.add(new Entity(String.format("91511100%010d", i), t));
        }
        List<Inspector> is = new ArrayList<>();
        for (int i = 0; i < inspectors; i++) {
            Set<String> fields = i % 3 == 0 ? Set.of("食品安全") : i % 3 == 1 ? Set.of("特种设备") : Set.of("食品安全", "特种设备");
            is.add(new Inspector(String.format("ZF%06d", i), fields, i % 10 == 0 ? Set.of(es.get(i % entities).id()) : Set.of()));
        }
        return new Inputs(RATIOS, es, is, Set.of("食品安全", "特种设备"), 2);
    }

    @Test
    void theStreamIsSm3OfTheSeedAndACounterAsAnyoneCanCompute() {
        DrawStream stream = new DrawStream(SEED);
        for (long k = 0; k < 3; k++) {
            SM3Digest sm3 = new SM3Digest();
            byte[] input = ByteBuffer.allocate(SEED.length + 8).put(SEED).putLong(k).array();
            sm3.update(input, 0, input.length);
            byte[] block = new byte[32];
            sm3.doFinal(block, 0);
            ByteBuffer expected = ByteBuffer.wrap(block);
            for (int j = 0; j < 4; j++) {
                assertThat(stream.next()).isEqualTo(expected.getLong());
            }
        }
    }

    @Test
    void belowIsUniformEnoughAndNeverOutOfRange() {
        DrawStream stream = new DrawStream(SEED);
        int n = 7;
        int[] counts = new int[n];
        for (int i = 0; i < 70_000; i++) {
            int x = stream.below(n);
            assertThat(x).isBetween(0, n - 1);
            counts[x]++;
        }
        double chi = 0;
        for (int c : counts) {
            chi += Math.pow(c - 10_000, 2) / 10_000;
        }
        assertThat(chi).as("chi-square with 6 degrees of freedom (p = 0.001 at 22.46)").isLessThan(22.46);
        assertThatThrownBy(() -> stream.below(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameInputsAndSeedGiveTheSameListAnotherSeedAnotherList() {
        Inputs in = inputs(5_000, 200);
        List<Visit> first = Draw.run(in, SEED);
        assertThat(Draw.run(in, SEED)).isEqualTo(first);
        byte[] other = SEED.clone();
        other[0] ^= 1;
        assertThat(Draw.run(in, other)).isNotEqualTo(first);
    }

    @Test
    void eachTierIsDrawnAtItsRatioRoundedUpWithoutRepeats() {
        Inputs in = inputs(5_000, 200);
        List<Visit> visits = Draw.run(in, SEED);
        Map<Tier, Long> population = in.entities().stream().collect(Collectors.groupingBy(Entity::tier, Collectors.counting()));
        Map<Tier, Long> drawn = visits.stream().collect(Collectors.groupingBy(Visit::tier, Collectors.counting()));
        for (Tier t : Tier.values()) {
            long n = population.getOrDefault(t, 0L);
            assertThat(drawn.getOrDefault(t, 0L)).as("tier %s", t).isEqualTo((n * RATIOS.get(t) + 99) / 100);
        }
        assertThat(visits.stream().map(Visit::entity).collect(Collectors.toSet())).hasSize(visits.size());
        // D is drawn in full
        assertThat(drawn.get(Tier.D)).isEqualTo(population.get(Tier.D));
    }

    @Test
    void teamsAreTwoOrMoreCompetentUnconflictedInspectorsCoveringEveryField() {
        Inputs in = inputs(5_000, 200);
        Map<String, Inspector> byId = new HashMap<>();
        in.inspectors().forEach(i -> byId.put(i.id(), i));
        for (Visit v : Draw.run(in, SEED)) {
            assertThat(v.team()).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
            Set<String> covered = new HashSet<>();
            for (String id : v.team()) {
                assertThat(byId.get(id).conflicts()).doesNotContain(v.entity());
                covered.addAll(byId.get(id).fields());
            }
            assertThat(covered).containsAll(in.fields());
        }
    }

    @Test
    void withoutEnoughFreeInspectorsItSaysSoInsteadOfSendingAConflictedOne() {
        List<Entity> one = List.of(new Entity("915111000000000001", Tier.D));
        List<Inspector> conflicted = List.of(new Inspector("ZF1", Set.of("食品安全"), Set.of("915111000000000001")),
                new Inspector("ZF2", Set.of("食品安全"), Set.of()));
        assertThatThrownBy(() -> Draw.run(new Inputs(RATIOS, one, conflicted, Set.of("食品安全"), 2), SEED))
                .isInstanceOf(Draw.NoTeam.class).hasMessageContaining("915111000000000001");
    }
}
