package io.onewindow.organization;

/** 政务服务中心 (city, county) or 便民服务中心 (township). */
public record ServiceHall(HallId id, String regionId, String name, Level level, String address, String openingHours,
        String phone, boolean active) {

    public enum Level {
        CITY("市级政务服务中心"), COUNTY("县级政务服务中心"), TOWNSHIP("乡镇便民服务中心");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
