# A program whose functions are importable: logic lives in functions, run under the main guard.
import _geometry


def perimeter(points):
    return sum(points[i].dist(points[(i + 1) % len(points)]) for i in range(len(points)))


def main():
    tri = [_geometry.Point(0, 0), _geometry.Point(3, 0), _geometry.Point(0, 4)]
    print(perimeter(tri), _geometry.polygon_area(tri))
    print(__name__)


if __name__ == "__main__":
    main()
else:
    print("imported, not running")
